/** The matching screens: needs and their form, possible partners, interests, the company's partner profile. */
@NullMarked
package org.alliances.matching.ui;

import org.jspecify.annotations.NullMarked;
