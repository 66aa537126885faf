package org.mizan.custody;

import java.util.List;
import java.util.Optional;
import org.mizan.kernel.ElementSymbol;
import org.mizan.kernel.PartyId;
import org.mizan.kernel.SiteId;

/** For the unrecorded-feed rule: per element, contained input against contained output of one process. */
public record ProcessBalance(EventId eventId, SiteId site, PartyId actor, String process, List<ElementBalance> elements)
        implements CustodyFacts {

    public ProcessBalance {
        elements = List.copyOf(elements);
    }

    public List<ElementBalance> breaches() {
        return elements.stream().filter(ElementBalance::breached).toList();
    }

    public Optional<ElementBalance> balance(ElementSymbol element) {
        return elements.stream().filter(b -> b.element().equals(element)).findFirst();
    }
}
