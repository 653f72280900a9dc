package org.alliances.kernel.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;

/**
 * Tabs that follow the WAI-ARIA tabs pattern with native elements: a {@code tablist} of {@code button role="tab"} (the
 * selected one in the Tab order, the arrow keys, Home and End moving between them) above one {@code tabpanel} labelled
 * by its tab. Vaadin's tab sheet keeps a scrolling element of its own among its tabs, which ARIA does not allow in a
 * tab list (axe-core's aria-required-children); on a phone these tabs wrap onto a second line instead of scrolling.
 * Only the selected section is attached, as in the tab sheet.
 */
public class SectionTabs extends Composite<Div> implements HasSize {

    private static int sequence;

    private final Div tabList = new Div();
    private final Div panel = new Div();
    private final List<NativeButton> tabs = new ArrayList<>();
    private final List<Component> sections = new ArrayList<>();
    private final List<IntConsumer> selectionListeners = new ArrayList<>();
    private final String idPrefix;
    private int selected = -1;

    /** @param label what the tabs are about, read by screen readers when they enter the list */
    public SectionTabs(String label) {
        idPrefix = "sections-" + nextId();
        getContent().addClassName("section-tabs");
        tabList.addClassName("section-tabs-list");
        tabList.getElement().setAttribute("role", "tablist");
        tabList.getElement().setAttribute("aria-label", label);
        panel.addClassName("section-tabs-panel");
        panel.setId(idPrefix + "-panel");
        panel.getElement().setAttribute("role", "tabpanel");
        panel.getElement().setAttribute("tabindex", "0");
        getContent().add(tabList, panel);
        tabList.getElement().executeJs("""
                this.addEventListener('keydown', event => {
                  const tabs = [...this.querySelectorAll('[role=tab]')];
                  const current = tabs.indexOf(document.activeElement);
                  if (current < 0) return;
                  const next = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: tabs.length - 1 }[event.key];
                  if (next === undefined) return;
                  event.preventDefault();
                  const target = tabs[(next + tabs.length) % tabs.length];
                  target.focus();
                  target.click();
                });""");
    }

    private static synchronized int nextId() {
        return ++sequence;
    }

    /** Adds a section behind a tab named {@code label}; the first one added is selected. */
    public void add(String label, Component section) {
        var index = tabs.size();
        var tab = new NativeButton(label, click -> setSelectedIndex(index));
        tab.setId(idPrefix + "-tab-" + index);
        tab.addClassName("section-tab");
        tab.getElement().setAttribute("type", "button");
        tab.getElement().setAttribute("role", "tab");
        tab.getElement().setAttribute("aria-controls", panel.getId().orElseThrow());
        tabs.add(tab);
        sections.add(section);
        tabList.add(tab);
        if (selected < 0) {
            setSelectedIndex(0);
        } else {
            mark(index, false);
        }
    }

    /** Removes every tab and section. */
    public void removeAll() {
        tabList.removeAll();
        panel.removeAll();
        tabs.clear();
        sections.clear();
        selected = -1;
    }

    public void setSelectedIndex(int index) {
        if (index < 0 || index >= tabs.size()) {
            throw new IndexOutOfBoundsException(index);
        }
        if (index == selected) {
            return;
        }
        if (selected >= 0) {
            mark(selected, false);
        }
        selected = index;
        mark(index, true);
        panel.removeAll();
        panel.add(sections.get(index));
        panel.getElement().setAttribute("aria-labelledby", tabs.get(index).getId().orElseThrow());
        selectionListeners.forEach(listener -> listener.accept(index));
    }

    /** Selects the tab whose visible name is {@code label}; false when there is none. */
    public boolean select(String label) {
        for (var index = 0; index < tabs.size(); index++) {
            if (tabs.get(index).getText().equals(label)) {
                setSelectedIndex(index);
                return true;
            }
        }
        return false;
    }

    public int getSelectedIndex() {
        return selected;
    }

    /** The tabs' visible names, in order. */
    public List<String> labels() {
        return tabs.stream().map(NativeButton::getText).toList();
    }

    public void setLabel(int index, String label) {
        tabs.get(index).setText(label);
    }

    public void addSelectionListener(IntConsumer listener) {
        selectionListeners.add(listener);
    }

    private void mark(int index, boolean isSelected) {
        var tab = tabs.get(index).getElement();
        tab.setAttribute("aria-selected", String.valueOf(isSelected));
        tab.setAttribute("tabindex", isSelected ? "0" : "-1");
        if (isSelected) {
            tab.getClassList().add("selected");
        } else {
            tab.getClassList().remove("selected");
        }
    }
}
