package org.mizan.fiscal.revenue;

/**
 * A receipt with what opens its log entry: the salt and the recorded form (JSON text) whose salted commitment is
 * entry {@code receipt.logIndex()}, exactly as stored beside it.
 */
public record CommittedReceipt(ReceiptRecorded receipt, byte[] salt, String recorded) {

    public CommittedReceipt {
        salt = salt.clone();
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }
}
