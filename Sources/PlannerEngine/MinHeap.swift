/// A binary heap: the least element (by `areInOrder`) comes out first.
struct MinHeap<Element> {
    private var items: [Element] = []
    private let areInOrder: (Element, Element) -> Bool

    init(_ areInOrder: @escaping (Element, Element) -> Bool) {
        self.areInOrder = areInOrder
    }

    mutating func push(_ element: Element) {
        items.append(element)
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard areInOrder(items[child], items[parent]) else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> Element? {
        guard !items.isEmpty else { return nil }
        items.swapAt(0, items.count - 1)
        let least = items.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var smallest = parent
            if left < items.count && areInOrder(items[left], items[smallest]) { smallest = left }
            if right < items.count && areInOrder(items[right], items[smallest]) { smallest = right }
            if smallest == parent { return least }
            items.swapAt(parent, smallest)
            parent = smallest
        }
    }
}
