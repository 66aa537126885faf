package org.mizan.portal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.mizan.contracts.CommitmentFile;
import org.mizan.contracts.ContractFile;
import org.mizan.contracts.Contracts;
import org.mizan.contracts.MilestoneState;
import org.mizan.kernel.Rejection;
import org.mizan.registry.Registry;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Parliament's and the press's view of the contract register: every contract with its text's hash and log entry,
 * its obligations and where each milestone stands today, and the investment commitments' timeline.
 */
@Controller
class ContractPages {

    /** How many of a contract's milestones stand where: what the list shows beside each contract. */
    record Standing(long delivered, long overdue, long open) {

        static Standing of(List<MilestoneState> milestones) {
            return new Standing(count(milestones, MilestoneState.Status.DELIVERED), count(milestones, MilestoneState.Status.OVERDUE),
                    milestones.size() - count(milestones, MilestoneState.Status.DELIVERED) - count(milestones, MilestoneState.Status.OVERDUE));
        }

        private static long count(List<MilestoneState> milestones, MilestoneState.Status status) {
            return milestones.stream().filter(m -> m.status() == status).count();
        }
    }

    private final Contracts contracts;
    private final Registry registry;

    ContractPages(Contracts contracts, Registry registry) {
        this.contracts = contracts;
        this.registry = registry;
    }

    @GetMapping("/contracts")
    String list(Model model) {
        List<ContractFile> files = contracts.files();
        Map<String, Standing> standing = new TreeMap<>();
        files.forEach(f -> standing.put(f.contract().id(), Standing.of(f.milestones())));
        model.addAttribute("files", files);
        model.addAttribute("standing", standing);
        model.addAttribute("commitments", contracts.commitments());
        model.addAttribute("names", names());
        return "portal/contracts";
    }

    @GetMapping("/contracts/{id}")
    String contract(@PathVariable String id, Model model) {
        ContractFile file;
        try {
            file = contracts.file(id);
        } catch (Rejection unknown) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No contract " + Rejection.quote(id));
        }
        model.addAttribute("file", file);
        model.addAttribute("names", names());
        model.addAttribute("textPublic", file.contract().disclosure().textIsPublicOn(contracts.today()));
        return "portal/contract";
    }

    @GetMapping("/commitments")
    String commitments(Model model) {
        List<CommitmentFile> all = contracts.commitments();
        model.addAttribute("commitments", all);
        model.addAttribute("names", names());
        return "portal/commitments";
    }

    private Map<String, String> names() {
        Map<String, String> names = new TreeMap<>();
        registry.parties().forEach(p -> names.put(p.id().value(), p.name()));
        return names;
    }
}
