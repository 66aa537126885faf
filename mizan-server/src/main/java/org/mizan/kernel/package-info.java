/**
 * Value types that three or more modules share (identifiers, rejections); nothing else belongs here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.mizan.kernel;
