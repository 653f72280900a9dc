package org.alliances.shell;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alliances.accounts.CurrentMember;
import org.alliances.kernel.WhatWaits;

/** What waits for the signed-in member now, as "Mon espace" gathers it, read by the tests. */
final class WaitingNow {

    private WaitingNow() {
    }

    static List<String> keys(Waiting waiting, CurrentMember member) {
        return waiting.of(member.require()).stream().map(WhatWaits.Item::messageKey).toList();
    }

    static Map<String, WhatWaits.Item> items(Waiting waiting, CurrentMember member) {
        var result = new LinkedHashMap<String, WhatWaits.Item>();
        waiting.of(member.require()).forEach(item -> result.put(item.messageKey(), item));
        return result;
    }
}
