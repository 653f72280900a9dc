/**
 * Reusable form fields over the kernel's reference data, for the views of every module.
 */
@org.springframework.modulith.NamedInterface("ui")
@NullMarked
package org.alliances.kernel.ui;

import org.jspecify.annotations.NullMarked;
