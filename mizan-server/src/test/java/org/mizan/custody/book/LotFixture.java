package org.mizan.custody.book;

import static org.mizan.custody.EventFixture.*;
import static org.mizan.custody.RegistryFixture.*;

import java.util.List;
import org.mizan.kernel.Grades;
import org.mizan.kernel.Mass;
import org.mizan.custody.MaterialForm;

/**
 * Lots in each state of their life, reached only by applying real events to a real book
 * (in the manner of ddd-by-examples' PatronFixture), so a fixture can never build an impossible lot.
 */
public final class LotFixture {

    public static LotBook emptyBook() {
        return new LotBook(SITES, PARTIES, CATALOGUE, TWO_PERCENT);
    }

    /** 10 t of copper ore at 1.5 % Cu, extracted at Chagai at hour 0. */
    public static Lot copperOreAtChagai(LotBook book, String lotId) {
        return oreAtChagai(book, lotId, kg("10000"), grades(CU, "0.015"));
    }

    public static Lot oreAtChagai(LotBook book, String lotId, Mass mass, Grades grades) {
        book.apply(extracted(FWO, lotId, CHAGAI_MINE, "CU-ORE", mass, grades, 0));
        return book.find(lot(lotId)).orElseThrow();
    }

    public static Lot copperOreInTransitToHub(LotBook book, String lotId) {
        copperOreAtChagai(book, lotId);
        book.apply(dispatched(FWO, lotId, CHAGAI_MINE, HUB_PLANT, 1));
        return book.find(lot(lotId)).orElseThrow();
    }

    /** Received in full at Hub at hour 10, now in the refinery's custody. */
    public static Lot copperOreAtHub(LotBook book, String lotId) {
        Lot moving = copperOreInTransitToHub(book, lotId);
        book.apply(received(HUB_REFINERY, lotId, HUB_PLANT, moving.availableMass(), 10));
        return book.find(lot(lotId)).orElseThrow();
    }

    /** Wholly consumed at Hub at hour 20 into a new concentrate lot {@code lotId + "-C"}. */
    public static Lot consumedCopperOre(LotBook book, String lotId) {
        Lot ore = copperOreAtHub(book, lotId);
        book.apply(processed(HUB_REFINERY, HUB_PLANT,
                List.of(input(lotId, ore.availableMass())),
                List.of(output(lotId + "-C", "CU-CONC", MaterialForm.CONCENTRATE, kg("500"), grades(CU, "0.28"))), 20));
        return book.find(lot(lotId)).orElseThrow();
    }

    private LotFixture() {
    }
}
