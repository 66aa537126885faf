package org.mizan.portal;

/**
 * The portal's demo-data tests assert figures of the pristine demo (90 t of copper extracted, every
 * licence active, one short truck). Other test classes change the demo data in the context they share
 * (a licence suspended, more lots exported), so these run in a context of their own: this property
 * (its default value) makes Spring's context cache key differ.
 */
final class PortalDemo {

    static final String OWN_CONTEXT = "mizan.portal.time-zone=Asia/Karachi";

    private PortalDemo() {
    }
}
