extension Interview {
    /// Where a resumed session goes on: a long text or list half typed
    /// stays where it was; otherwise the first question that applies and
    /// has neither an answer nor a skip; else, when the session was left
    /// before its end (at the closing, whose list of actions is an answer
    /// as soon as one is made), where it was; nil when it had finished.
    public func resumePoint(_ state: SessionState) -> SessionState {
        var next = state
        guard next.collecting.isEmpty else { return next }
        next.awaitingKeep = false
        next.returnTo = nil
        let answers = answers(state)
        next.current = answers.applicable.first { state.recorded($0) == nil && !state.isSkipped($0) } ?? state.current
        return next
    }
}
