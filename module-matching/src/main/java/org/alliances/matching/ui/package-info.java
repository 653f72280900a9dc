/** The matching screens: needs and their form, possible partners, interests, the company's partner profile. */
package org.alliances.matching.ui;
