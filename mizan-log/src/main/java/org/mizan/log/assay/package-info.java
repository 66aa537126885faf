/**
 * An oxide grade as its element's grade: the custody node converts an assay's oxide figures with it and the
 * offline verifier recomputes them with it, from one fixed table of standard atomic weights. Plain Java.
 */
package org.mizan.log.assay;
