// libyaml from Debian's libyaml-dev: the rules reader (YAMLReader) walks its
// event parser directly.
#include <yaml.h>
