import Glibc

/// A C library function that Swift's Glibc module does not import (the
/// spawn actions that close descriptors, the pseudo-terminal calls), looked
/// up in the running process.
public enum CFunction {
    public static func named<Function>(_ name: String, as type: Function.Type) -> Function {
        guard let found = dlsym(dlopen(nil, RTLD_NOW), name) else { fatalError("the C library lacks \(name)") }
        return unsafeBitCast(found, to: type)
    }
}
