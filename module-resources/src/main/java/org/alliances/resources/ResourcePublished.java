package org.alliances.resources;

import java.util.List;
import java.util.UUID;

import org.alliances.kernel.Category;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.DomainEvent;

/** A resource entered the library (or came back to it): its id, type and the typology codes it is about. */
public record ResourcePublished(UUID resourceId, ResourceType type, List<Category> categories, List<CooperationModel> models) implements DomainEvent {
}
