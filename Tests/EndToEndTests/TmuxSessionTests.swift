import Foundation
import Testing

/// The tmux server a test starts lives until the test kills it. It must not
/// hold a descriptor of the test process: a pipe's writing end held there
/// would keep another test, reading that pipe to its end, waiting as long.
@Suite struct TmuxSessionTests {
    @Test func theServerHoldsNoDescriptorOfTheTests() throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        let session = try TmuxSession()
        defer { session.stop() }
        try session.start("sleep 30", width: 80, height: 24)
        close(ends[1])
        defer { close(ends[0]) }
        // With no writer left anywhere, the reading end is at its end at once.
        var waiting = pollfd(fd: ends[0], events: Int16(POLLIN), revents: 0)
        let ready = poll(&waiting, 1, 2000) == 1
        #expect(ready, "the pipe's writing end is still open somewhere")
        var byte: UInt8 = 0
        if ready { #expect(read(ends[0], &byte, 1) == 0) }
    }
}
