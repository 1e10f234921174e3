import PlannerEngine

/// Changes to the user's progress made from the interface, each undoable.
enum ProgressChange {
    static func apply(_ action: Action, to state: inout AppState) -> Effects {
        switch action {
        case .toggleDone: return markSelected(.done, in: &state)
        case .markLearning: return markSelected(.learning, in: &state)
        case .markSkipped: return markSelected(.skipped, in: &state)
        case .setTarget:
            guard let role = PaneContent.selectedRole(state) else { return Effects() }
            return change(&state, "Target: \(role.name)") { try $0.setTarget(role.id) }
        case .undo: return step(from: \.undoStack, to: \.redoStack, in: &state, "Undone")
        case .redo: return step(from: \.redoStack, to: \.undoStack, in: &state, "Redone")
        default: return Effects()
        }
    }

    /// Marks the selected skill, or puts it back to todo when it is already in that state.
    static func markSelected(_ wanted: SkillState, in state: inout AppState) -> Effects {
        guard let skill = PaneContent.selectedSkill(state) else { return Effects() }
        let current = state.planner.progress.state(of: skill.id)
        let next: SkillState = current == wanted ? .todo : wanted
        let today = state.today
        return change(&state, "\(skill.id): \(next.rawValue)") { try $0.mark([skill.id], as: next, today: today) }
    }

    /// Runs a change; when it changes the progress, remembers the old one for undo and asks for a save.
    static func change(_ state: inout AppState, _ message: String, _ body: (inout Planner) throws -> Void) -> Effects {
        let before = state.planner.progress
        do {
            try body(&state.planner)
        } catch {
            state.message = "\(error)"
            state.messageIsError = true
            return Effects()
        }
        guard state.planner.progress != before else { return Effects() }
        state.undoStack.append(before)
        state.redoStack.removeAll()
        state.message = message
        state.messageIsError = false
        return Effects(save: true)
    }

    static func step(from source: WritableKeyPath<AppState, [UserProgress]>, to target: WritableKeyPath<AppState, [UserProgress]>,
                     in state: inout AppState, _ message: String) -> Effects {
        guard let earlier = state[keyPath: source].popLast() else {
            state.message = message == "Undone" ? "Nothing to undo" : "Nothing to redo"
            state.messageIsError = false
            return Effects()
        }
        state[keyPath: target].append(state.planner.progress)
        state.planner.restore(earlier)
        state.message = message
        state.messageIsError = false
        return Effects(save: true)
    }
}
