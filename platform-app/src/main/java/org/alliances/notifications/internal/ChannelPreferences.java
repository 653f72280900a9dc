package org.alliances.notifications.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ChannelPreferences extends JpaRepository<ChannelPreference, ChannelPreference.Key> {

    List<ChannelPreference> findByKeyAccountId(UUID accountId);
}
