/**
 * The observatory's screens: a territory's figures with maps and charts drawn as SVG, and the open data's
 * description.
 */
@NullMarked
package org.alliances.observatory.ui;

import org.jspecify.annotations.NullMarked;
