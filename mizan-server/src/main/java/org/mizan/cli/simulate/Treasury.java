package org.mizan.cli.simulate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/** Posts the companies' declared payments with their own keys and the treasury's receipts with its key. */
final class Treasury {

    private final MizanClient client;
    private final Map<String, String> keys;
    private final String party;

    Treasury(MizanClient client, Map<String, String> keys, SimulationSettings s) {
        this.client = client;
        this.keys = keys;
        this.party = party(s);
    }

    static String party(SimulationSettings s) {
        return s.prefix() + "-treasury";
    }

    void post(List<Remittance> remittances, ExecutorService pool) throws Exception {
        List<Future<?>> sent = new ArrayList<>();
        for (Remittance r : remittances) {
            sent.add(pool.submit(() -> post(r)));
        }
        for (Future<?> f : sent) {
            f.get();
        }
    }

    private void post(Remittance r) {
        Map<String, Object> payment = new LinkedHashMap<>();
        payment.put("licence", r.licence());
        payment.put("gfsCode", r.gfsCode());
        payment.put("amount", r.amount());
        payment.put("currency", "PKR");
        payment.put("paidOn", r.on().toString());
        payment.put("challan", r.challan());
        client.post("/api/v1/fiscal/payments", keys.get(r.company()), payment);
        if (r.received() != null) {
            Map<String, Object> receipt = new LinkedHashMap<>(payment);
            receipt.remove("paidOn");
            receipt.put("company", r.company());
            receipt.put("amount", r.received());
            receipt.put("receivedOn", r.on().toString());
            receipt.put("governmentEntity", party);
            client.post("/api/v1/fiscal/receipts", keys.get(party), receipt);
        }
    }
}
