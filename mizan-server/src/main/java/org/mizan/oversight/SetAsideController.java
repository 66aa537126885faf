package org.mizan.oversight;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.mizan.custody.stream.SetAsideRecords;
import org.mizan.custody.stream.StreamEvaluation;
import org.mizan.kernel.Rejection;
import org.mizan.security.Actor;
import org.mizan.security.CurrentActor;
import org.mizan.security.Role;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** For the operator (admin role): the stream records oversight set aside, and retrying one or all of them. */
@RestController
class SetAsideController {

    private final Evaluator evaluator;
    private final CurrentActor currentActor;

    SetAsideController(Evaluator evaluator, CurrentActor currentActor) {
        this.evaluator = evaluator;
        this.currentActor = currentActor;
    }

    @GetMapping("/api/v1/oversight/set-aside")
    Map<String, Object> list() {
        requireAdmin();
        List<SetAsideRecords.SetAside> records = available(evaluator::setAside);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("evaluator", Evaluator.NAME);
        out.put("count", records.size());
        out.put("records", records.stream().map(SetAsideController::view).toList());
        return out;
    }

    @PostMapping("/api/v1/oversight/set-aside/{seq}/retry")
    Map<String, Object> retry(@PathVariable long seq) {
        requireAdmin();
        boolean listed = available(() -> evaluator.setAside().stream().anyMatch(r -> r.seq() == seq));
        if (!listed) {
            throw Rejection.notFound("not-set-aside", "Oversight has not set aside record " + seq);
        }
        return view(available(() -> evaluator.retry(seq)));
    }

    @PostMapping("/api/v1/oversight/set-aside/retry")
    Map<String, Object> retryAll() {
        requireAdmin();
        List<StreamEvaluation.Retry> retries = available(() -> evaluator.setAside().stream().map(r -> evaluator.retry(r.seq())).toList());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("retried", retries.size());
        out.put("evaluated", retries.stream().filter(StreamEvaluation.Retry::evaluated).count());
        out.put("results", retries.stream().map(SetAsideController::view).toList());
        return out;
    }

    private void requireAdmin() {
        Actor actor = currentActor.require();
        if (!actor.is(Role.ADMIN)) {
            throw Rejection.forbidden("admin-only", "Only an administrator lists or retries set-aside records");
        }
    }

    // A database that does not answer is a passing condition, not the client's fault nor a server bug.
    private static <T> T available(Supplier<T> call) {
        try {
            return call.get();
        } catch (DataAccessException | TransactionException e) {
            throw new Rejection(Rejection.Kind.UNAVAILABLE, "storage-unavailable", "The database did not answer; try again", Map.of());
        }
    }

    private static Map<String, Object> view(SetAsideRecords.SetAside r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("seq", r.seq());
        out.put("eventId", r.eventId());
        out.put("cause", r.cause());
        out.put("setAsideAt", r.setAsideAt().toString());
        out.put("attempts", r.attempts());
        out.put("lastAttemptAt", r.lastAttemptAt().toString());
        return out;
    }

    private static Map<String, Object> view(StreamEvaluation.Retry r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("seq", r.seq());
        out.put("outcome", r.evaluated() ? "evaluated" : "set-aside");
        if (r.cause() != null) {
            out.put("cause", r.cause());
        }
        return out;
    }
}
