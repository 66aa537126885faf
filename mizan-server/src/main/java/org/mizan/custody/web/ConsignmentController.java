package org.mizan.custody.web;

import java.util.List;
import java.util.Optional;

import org.mizan.custody.store.Consignments;
import org.mizan.kernel.Rejection;
import org.mizan.registry.Registry;
import org.mizan.security.Actor;
import org.mizan.security.CurrentActor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Export consignments a reader may see: one in full, or a page of them in export order. */
@RestController
class ConsignmentController {

    static final int DEFAULT_PAGE = 50;
    static final int MAX_PAGE = 500;

    private final Consignments consignments;
    private final Registry registry;
    private final CurrentActor currentActor;

    ConsignmentController(Consignments consignments, Registry registry, CurrentActor currentActor) {
        this.consignments = consignments;
        this.registry = registry;
        this.currentActor = currentActor;
    }

    @GetMapping("/api/v1/consignments/{id}")
    ConsignmentView consignment(@PathVariable String id) {
        return consignments.find(currentActor.require(), id).map(c -> ConsignmentView.of(c, registry))
                .orElseThrow(() -> Rejection.notFound("unknown-consignment", "No consignment " + Rejection.quote(id)));
    }

    @GetMapping("/api/v1/consignments")
    ConsignmentPage page(@RequestParam Optional<Long> after, @RequestParam Optional<Integer> limit) {
        Actor actor = currentActor.require();
        long from = after.orElse(0L);
        int size = limit.orElse(DEFAULT_PAGE);
        if (from < 0) {
            throw Rejection.invalid("invalid-page", "after must be a sequence number (0 or more), not " + from);
        }
        if (size < 1 || size > MAX_PAGE) {
            throw Rejection.invalid("invalid-page", "limit must be between 1 and " + MAX_PAGE + ", not " + size);
        }
        // One more than asked for tells whether a next page exists without a count.
        List<ConsignmentView.Summary> found = consignments.page(actor, from, size + 1).stream()
                .map(ConsignmentView.Summary::of).toList();
        boolean more = found.size() > size;
        List<ConsignmentView.Summary> items = more ? found.subList(0, size) : found;
        return new ConsignmentPage(items, more ? Optional.of(items.get(size - 1).seq()) : Optional.empty());
    }

    /** A page; {@code nextAfter} is the {@code after} of the next page, absent on the last. */
    record ConsignmentPage(List<ConsignmentView.Summary> items, Optional<Long> nextAfter) {
    }
}
