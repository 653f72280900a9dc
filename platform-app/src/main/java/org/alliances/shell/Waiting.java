package org.alliances.shell;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.server.VaadinRequest;
import org.alliances.accounts.SignedInMember;
import org.alliances.kernel.WhatWaits;
import org.springframework.stereotype.Component;

/** Everything waiting for the member's organisation, gathered from every module's {@link WhatWaits}. */
@Component
class Waiting {

    private final List<WhatWaits> modules;

    Waiting(List<WhatWaits> modules) {
        this.modules = modules;
    }

    /**
     * What waits, the most pressing first; asked once per request (the home and the menu's counts both show it, and a
     * company's part scans its recommendations).
     */
    @SuppressWarnings("unchecked")
    List<WhatWaits.Item> of(SignedInMember member) {
        var request = VaadinRequest.getCurrent();
        var key = Waiting.class.getName() + ":" + member.accountId();
        if (request != null && request.getAttribute(key) instanceof List<?> known) {
            return (List<WhatWaits.Item>) known;
        }
        var items = gather(member);
        if (request != null) {
            request.setAttribute(key, items);
        }
        return items;
    }

    private List<WhatWaits.Item> gather(SignedInMember member) {
        return modules.stream().flatMap(module -> module.waitingFor(member.organization(), member.previousVisit()).stream())
                .filter(item -> item.count() > 0).sorted(Comparator.comparingInt(WhatWaits.Item::order).thenComparing(WhatWaits.Item::messageKey))
                .toList();
    }

    /** How many things wait behind each page, for the menu. */
    Map<String, Long> byRoute(SignedInMember member) {
        return of(member).stream().collect(Collectors.groupingBy(WhatWaits.Item::route, Collectors.summingLong(WhatWaits.Item::count)));
    }
}
