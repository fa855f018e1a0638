"""What the browser tests share: Debian's headless Chromium driven by
Selenium, set to Norwegian, and a failure said in one line naming the test."""
import os
import shutil
import sys

from selenium import webdriver


def fail(message):
    print(f"{os.path.basename(sys.argv[0])}: FAILED: {message}", file=sys.stderr)
    sys.exit(1)


def check(condition, message):
    if not condition:
        fail(message)


def chromium(width, height, downloads=None):
    """A headless Chromium window of this size; downloads go to `downloads` unasked."""
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", f"--window-size={width},{height}",
                     "--lang=nb-NO"):
        options.add_argument(argument)
    if downloads:
        options.add_experimental_option("prefs", {"download.default_directory": downloads,
                                                  "download.prompt_for_download": False})
    return webdriver.Chrome(service=webdriver.ChromeService(executable_path=shutil.which("chromedriver")),
                            options=options)
