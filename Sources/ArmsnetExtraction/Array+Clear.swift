extension Array {
    /// Removes every element and keeps the storage, as `removeAll(keepingCapacity: true)` does, but with no
    /// call when there is nothing to remove: the per-sentence lists of `EngagementLinks` are cleared for
    /// every sentence and are empty most of the time.
    @inline(__always) mutating func clear() {
        if !isEmpty { removeAll(keepingCapacity: true) }
    }
}
