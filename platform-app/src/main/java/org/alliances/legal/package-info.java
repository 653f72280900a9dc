/**
 * The pages the law asks for, reachable from every page: the legal notice, the privacy policy (with the retention
 * periods the nightly purges apply), the terms of use and the accessibility statement. Who publishes and who hosts the
 * platform is the operator's configuration ({@code alliances.legal.*}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Legal pages")
@NullMarked
package org.alliances.legal;

import org.jspecify.annotations.NullMarked;
