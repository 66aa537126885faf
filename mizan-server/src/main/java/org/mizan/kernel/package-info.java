/**
 * Value types that three or more modules share (identifiers, rejections), and the lifecycle of the
 * background workers three modules run; nothing else belongs here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.mizan.kernel;
