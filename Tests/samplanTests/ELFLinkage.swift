import Foundation

/// How an executable is linked, read from its ELF header and program
/// headers: position independent (ET_DYN, so ASLR applies) and whether it
/// names a dynamic loader (PT_INTERP). A static PIE is the first without
/// the second; LD_PRELOAD reaches only binaries with a loader.
struct ELFLinkage: Equatable {
    let positionIndependent: Bool
    let hasLoader: Bool

    init?(path: String) {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        self.init(bytes: [UInt8](data.prefix(64 * 1024)))
    }

    /// Only 64-bit little-endian files (the x86-64 and arm64 Linux builds).
    init?(bytes: [UInt8]) {
        guard bytes.count >= 64, bytes.starts(with: [0x7F, 0x45, 0x4C, 0x46]), bytes[4] == 2, bytes[5] == 1 else { return nil }
        func number(at offset: Int, size: Int) -> Int? {
            guard offset >= 0, offset + size <= bytes.count else { return nil }
            return (0..<size).reversed().reduce(0) { $0 << 8 | Int(bytes[offset + $1]) }
        }
        guard let type = number(at: 16, size: 2), let headers = number(at: 32, size: 8),
            let entrySize = number(at: 54, size: 2), let count = number(at: 56, size: 2)
        else { return nil }
        let typeInterpreter = 3
        var hasLoader = false
        for index in 0..<count {
            guard let kind = number(at: headers + index * entrySize, size: 4) else { return nil }
            if kind == typeInterpreter { hasLoader = true }
        }
        positionIndependent = type == 3  // ET_DYN; ET_EXEC (2) loads at a fixed address
        self.hasLoader = hasLoader
    }
}
