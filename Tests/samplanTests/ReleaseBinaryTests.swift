import Foundation
import Glibc
import Testing

/// The release build is one static PIE (Makefile, RELEASE): no dynamic
/// loader, and still position independent so ASLR applies. `make test`
/// runs the end-to-end tests again on that binary with
/// SAMPLAN_EXPECT_STATIC_PIE set, and this holds it to its shape.
struct ReleaseBinaryTests {
    @Test(.enabled(if: getenv("SAMPLAN_EXPECT_STATIC_PIE") != nil, "only for the release binary (make test)"))
    func theReleaseBinaryIsAStaticPIE() throws {
        let linkage = try #require(ELFLinkage(path: BuiltBinary.path), "\(BuiltBinary.path) is not a 64-bit ELF file")
        #expect(linkage == ELFLinkage(positionIndependent: true, hasLoader: false))
    }

    /// The reader itself, on the three shapes a C compiler can make.
    @Test(arguments: [
        (["-fuse-ld=lld"], ELFLinkage(positionIndependent: true, hasLoader: true)),
        (["-fuse-ld=lld", "-static"], ELFLinkage(positionIndependent: false, hasLoader: false)),
        (["-fuse-ld=lld", "-static-pie"], ELFLinkage(positionIndependent: true, hasLoader: false)),
    ])
    func linkageIsReadFromTheProgramHeaders(flags: [String], expected: ELFLinkage) throws {
        let program = TempFolder.make() + "/program"
        try #require(
            CCompiler.build("int main(void) { return 0; }\n", into: program, arguments: flags),
            "no C compiler that links \(flags)")
        #expect(ELFLinkage(path: program) == expected)
    }

    @Test func aFileThatIsNotELFHasNoLinkage() {
        #expect(ELFLinkage(bytes: Array("#!/bin/sh\necho not a binary\n".utf8)) == nil)
        #expect(ELFLinkage(bytes: [0x7F, 0x45, 0x4C, 0x46] + [UInt8](repeating: 0, count: 12)) == nil)
    }
}

extension ELFLinkage {
    init(positionIndependent: Bool, hasLoader: Bool) {
        self.positionIndependent = positionIndependent
        self.hasLoader = hasLoader
    }
}
