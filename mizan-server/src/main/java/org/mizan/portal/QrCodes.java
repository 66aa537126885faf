package org.mizan.portal;

import io.nayuki.qrcodegen.QrCode;

/** A QR code as an SVG path of its dark modules, so a page needs no image file and no script to show it. */
final class QrCodes {

    private static final int QUIET_ZONE = 4;

    private QrCodes() {
    }

    record Svg(int size, String path) {
    }

    static Svg of(String text) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
                }
            }
        }
        return new Svg(qr.size + 2 * QUIET_ZONE, path.toString());
    }
}
