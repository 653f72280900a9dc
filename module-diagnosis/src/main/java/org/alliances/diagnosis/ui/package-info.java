/** The diagnosis screens: the wizard, the result, the history with sharing, and the side-by-side comparison. */
package org.alliances.diagnosis.ui;
