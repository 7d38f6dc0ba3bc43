import Foundation

/// A first-in first-out queue between two threads, blocking when full or empty, so that the
/// YAML reader and the model builder run side by side on a large file with bounded memory.
final class BoundedQueue<Element: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    /// Waiting items from `head` on; those before it were taken and are cleared at once, so
    /// that a taken item is freed when its taker is done with it, not when the array is compacted.
    private var items: [Element?] = []
    private var head = 0
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    func push(_ item: Element) {
        condition.lock()
        while items.count - head >= capacity { condition.wait() }
        items.append(item)
        condition.broadcast()
        condition.unlock()
    }

    func pop() -> Element {
        condition.lock()
        while items.count == head { condition.wait() }
        let item = items[head]!
        items[head] = nil
        head += 1
        if head > 64 && head * 2 > items.count {
            items.removeFirst(head)
            head = 0
        }
        condition.broadcast()
        condition.unlock()
        return item
    }
}
