/**
 * Reusable form fields over the kernel's reference data, for the views of every module.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.alliances.kernel.ui;
