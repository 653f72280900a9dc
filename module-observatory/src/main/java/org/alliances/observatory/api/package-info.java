/** The observatory's HTTP API: the exports of a signed-in member, the public open data, and who may reach them. */
@NullMarked
package org.alliances.observatory.api;

import org.jspecify.annotations.NullMarked;
