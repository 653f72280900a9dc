/** The conversations' screens: "Messages", one conversation with its documents, and the windows kept up to date. */
@NullMarked
package org.alliances.conversations.ui;

import org.jspecify.annotations.NullMarked;
