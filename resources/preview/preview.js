'use strict';
// The preview template's own script, the only script the page runs. The
// application patches the article through window.kiji; the page reports
// clicks and scrolling back through the web channel object `kijiBridge`.
(function () {
    const header = document.getElementById('kiji-header');
    const lead = document.getElementById('kiji-lead');
    const toc = document.getElementById('kiji-toc');
    const tocList = document.getElementById('kiji-toc-list');
    const sections = document.getElementById('kiji-sections');
    const footnotes = document.getElementById('kiji-footnotes');
    const headingSelector = ':scope > h1, :scope > h2, :scope > h3, :scope > h4, :scope > h5, :scope > h6';
    const highlightMilliseconds = 1600;
    const scrollSettleMilliseconds = 150;

    let bridge = null;
    // An update asked to report its frame before the web channel was up.
    let drawnUnreported = false;
    let reportedTop = null;
    let scrollTimer = 0;

    function sectionAt(index) {
        return index < 0 ? lead : sections.children[index] || null;
    }

    // The HTML each block of a section or of the lead was made from. An
    // update replaces only the blocks whose HTML changed, so that the engine
    // lays out and shapes again only the paragraph typed in, not the whole
    // section (~1 ms for 500 characters of Japanese). Findings marked in a
    // block later do not count: its source stays what it was made from.
    const sources = new WeakMap();
    // A section made whole (the article's first load) keeps the HTML it was
    // made from instead: its blocks learn theirs on its first update, so the
    // load serialises nothing (~35 ms for a 1 MB article).
    const madeFrom = new WeakMap();

    function parse(html) {
        const template = document.createElement('template');
        template.innerHTML = html;
        const nodes = Array.from(template.content.childNodes);
        for (const node of nodes)
            sources.set(node, sourceOf(node));
        return nodes;
    }

    function sourceOf(node) {
        const source = sources.get(node);
        if (source !== undefined)
            return source;
        return node.nodeType === Node.ELEMENT_NODE ? node.outerHTML : node.nodeValue;
    }

    function childSources(children, element) {
        const html = madeFrom.get(element);
        if (html !== undefined) {
            madeFrom.delete(element);
            const made = parse(html);
            if (made.length === children.length)
                children.forEach((child, index) => sources.set(child, sources.get(made[index])));
        }
        return children.map(sourceOf);
    }

    // Gives `element` the content `html`, keeping the children that begin
    // and end both as they are.
    function setContent(element, html) {
        const fresh = parse(html);
        const keys = fresh.map(sourceOf);
        const old = Array.from(element.childNodes);
        const oldKeys = childSources(old, element);
        let start = 0;
        while (start < old.length && start < fresh.length && oldKeys[start] === keys[start])
            ++start;
        let oldEnd = old.length;
        let freshEnd = fresh.length;
        while (oldEnd > start && freshEnd > start && oldKeys[oldEnd - 1] === keys[freshEnd - 1]) {
            --oldEnd;
            --freshEnd;
        }
        const before = old[oldEnd] || null;
        for (let index = start; index < oldEnd; ++index)
            old[index].remove();
        const inserted = document.createDocumentFragment();
        inserted.append(...fresh.slice(start, freshEnd));
        element.insertBefore(inserted, before);
    }

    function createSection(level, html) {
        const element = document.createElement('section');
        element.className = 'kiji-section';
        element.dataset.level = level;
        element.innerHTML = html;
        madeFrom.set(element, html);
        return element;
    }

    // Sections the engine has not laid out yet (see preview.css) are laid
    // out in batches while the page is idle, from the first one not done:
    // the scroll bar and every section's place become exact soon after the
    // first frame, and typing still finds the page free. A batch grows while
    // laying it out stays short.
    let layoutCursor = 0;
    let layoutScheduled = false;
    // The section the application scrolled to, kept at the top while the
    // sections above it grow to their real height, until the reader moves.
    let pinned = null;

    function layOutSections(deadline) {
        layoutScheduled = false;
        const list = sections.children;
        let batch = 1;
        // Called because the page was not idle for the timeout's length: one
        // batch all the same, or a page kept busy (a slow, loaded machine)
        // would never have its sections laid out.
        let overdue = deadline.didTimeout;
        while (layoutCursor < list.length && (overdue || deadline.timeRemaining() > 2)) {
            overdue = false;
            const started = performance.now();
            for (let count = 0; count < batch && layoutCursor < list.length; ++layoutCursor) {
                const section = list[layoutCursor];
                if (!section.classList.contains('kiji-laid-out')) {
                    section.classList.add('kiji-laid-out');
                    ++count;
                }
            }
            if (pinned) {
                // Still the application's place: not the reader's to report.
                pinned.scrollIntoView({ block: 'start', behavior: 'instant' });
                reportedTop = topSection();
            } else
                void sections.offsetHeight;
            if (performance.now() - started < 2)
                batch *= 2;
        }
        if (layoutCursor < list.length)
            scheduleLayout(layoutCursor);
        else
            pinned = null;
    }

    for (const type of ['wheel', 'keydown', 'mousedown', 'touchstart'])
        window.addEventListener(type, () => { pinned = null; }, { passive: true, capture: true });

    function scheduleLayout(from) {
        layoutCursor = Math.min(layoutCursor, from);
        if (!layoutScheduled) {
            layoutScheduled = true;
            requestIdleCallback(layOutSections, { timeout: 500 });
        }
    }

    function renumber(from) {
        const list = sections.children;
        for (let index = from; index < list.length; ++index) {
            list[index].dataset.section = index;
            list[index].id = 'kiji-section-' + index;
        }
    }

    // The table of contents has one item per section, hidden when the
    // section has no heading, so an edit of one section updates one item.
    function tocItem(section) {
        const item = document.createElement('li');
        const link = document.createElement('a');
        item.append(link);
        fillTocItem(item, section);
        return item;
    }

    function fillTocItem(item, section) {
        const heading = section.querySelector(headingSelector);
        const text = heading ? heading.textContent : '';
        const className = 'kiji-toc-level-' + section.dataset.level;
        const link = item.firstChild;
        if (item.className !== className)
            item.className = className;
        if (link.getAttribute('href') !== '#' + section.id)
            link.href = '#' + section.id;
        if (link.textContent !== text)
            link.textContent = text;
        item.hidden = !heading;
    }

    function rebuildToc() {
        tocList.replaceChildren(...Array.from(sections.children, tocItem));
        updateTocVisibility();
    }

    function updateTocVisibility() {
        const hidden = !Array.prototype.some.call(tocList.children, (item) => !item.hidden);
        if (toc.hidden !== hidden)
            toc.hidden = hidden;
    }

    function updateTitle() {
        const title = header.querySelector('.kiji-title');
        document.title = title ? title.textContent : '';
    }

    // One call per change of the article. `change` holds only what changed:
    // header, lead, footnotes (HTML); sections: [[index, level, html], …]
    // for sections replaced in place; splice: {start, removeCount, levels,
    // fragments} when sections were inserted or removed; reset: start from
    // an empty article (the application does not know what the page shows).
    // Returns the revision so the application learns the page applied it.
    function update(change) {
        if (change.reset) {
            header.replaceChildren();
            lead.replaceChildren();
            sections.replaceChildren();
            footnotes.replaceChildren();
        }
        if ('header' in change) {
            header.innerHTML = change.header;
            updateTitle();
        }
        if ('lead' in change)
            setContent(lead, change.lead);
        for (const [index, level, html] of change.sections || []) {
            const element = sections.children[index];
            if (!element)
                continue;
            element.dataset.level = level;
            setContent(element, html);
            if (!change.splice && tocList.children[index])
                fillTocItem(tocList.children[index], element);
        }
        if (change.splice) {
            const { start, removeCount, levels, fragments } = change.splice;
            for (let removed = 0; removed < removeCount && sections.children[start]; ++removed)
                sections.children[start].remove();
            const inserted = document.createDocumentFragment();
            fragments.forEach((html, offset) => inserted.append(createSection(levels[offset], html)));
            sections.insertBefore(inserted, sections.children[start] || null);
            renumber(start);
            scheduleLayout(start);
        }
        if ('footnotes' in change)
            footnotes.innerHTML = change.footnotes;
        if (change.reset || change.splice)
            rebuildToc();
        else if (change.sections)
            updateTocVisibility();
        // A timer set in the next frame's animation callback runs once that
        // frame, the first with this change, has been drawn.
        if (change.reportDrawn)
            requestAnimationFrame(() => setTimeout(reportDrawn));
        return change.revision;
    }

    function reportDrawn() {
        if (bridge)
            bridge.reportDrawn();
        else
            drawnUnreported = true;
    }

    function restartHighlight(element) {
        element.classList.remove('kiji-highlight');
        clearTimeout(element.kijiHighlightTimer);
        // Reading the layout restarts the animation when the class returns.
        void element.offsetWidth;
        element.classList.add('kiji-highlight');
        element.kijiHighlightTimer = setTimeout(() => element.classList.remove('kiji-highlight'),
                                                highlightMilliseconds);
    }

    function scrollToSection(index) {
        const element = sectionAt(index);
        if (!element)
            return false;
        element.scrollIntoView({ block: 'start', behavior: 'instant' });
        if (layoutScheduled)
            pinned = element;
        // The application asked for this place: telling it back which section
        // is on top (not always `index`: the last ones cannot reach the top)
        // would move its selection away from the one it chose.
        reportedTop = topSection();
        restartHighlight(element);
        return true;
    }

    function setNarrow(narrow) {
        document.documentElement.classList.toggle('kiji-narrow', narrow);
        return narrow;
    }

    function topSection() {
        // The first part whose bottom lies below the top of the window.
        if (lead.getBoundingClientRect().bottom > 1)
            return -1;
        for (const section of sections.children) {
            if (section.getBoundingClientRect().bottom > 1)
                return Number(section.dataset.section);
        }
        return null;
    }

    function reportTopSection() {
        const index = topSection();
        if (index === null || index === reportedTop)
            return;
        reportedTop = index;
        if (bridge)
            bridge.reportTopSection(index);
    }

    window.addEventListener('scroll', () => {
        clearTimeout(scrollTimer);
        scrollTimer = setTimeout(reportTopSection, scrollSettleMilliseconds);
    }, { passive: true });

    document.addEventListener('click', (event) => {
        if (!(event.target instanceof Element))
            return;
        // In-page links (table of contents, footnotes) scroll here instead of
        // navigating, which the application refuses for every link.
        const link = event.target.closest('a[href^="#"]');
        let activated = event.target.closest('[data-section]');
        if (link) {
            event.preventDefault();
            const target = document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
            if (target) {
                target.scrollIntoView({ block: 'start', behavior: 'instant' });
                activated = target.closest('[data-section]') || activated;
            }
        }
        if (activated && bridge)
            bridge.activateSection(Number(activated.dataset.section));
    });

    // Findings of the checker, each found again by its context (the text
    // around it) in its section and wrapped in a <mark> whose title is the
    // message. A new list replaces the old marks.
    function clearFindings(root = document) {
        for (const mark of root.querySelectorAll('mark.kiji-finding')) {
            const parent = mark.parentNode;
            while (mark.firstChild)
                parent.insertBefore(mark.firstChild, mark);
            parent.removeChild(mark);
            parent.normalize();
        }
    }

    // The parts findings are marked in, by index (-1: the lead), read once
    // per list: after each change of the DOM, sections.children[i] walks
    // the sections from the first again.
    function findingContainers() {
        const list = Array.from(sections.children);
        return (index) => (index < 0 ? lead : list[index] || null);
    }

    function markFinding(finding, containerOf) {
        const container = containerOf(finding.section);
        if (!container)
            return false;
        const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
        const nodes = [];
        const starts = [];
        let text = '';
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            nodes.push(node);
            starts.push(text.length);
            text += node.data;
        }
        const found = text.indexOf(finding.context);
        if (found < 0)
            return false;
        const begin = found + finding.offset;
        const end = begin + Math.max(finding.length, 1);
        let index = nodes.length - 1;
        while (index > 0 && starts[index] > begin)
            --index;
        const node = nodes[index];
        const local = Math.min(begin - starts[index], node.data.length);
        // A finding that runs past its text node marks the part inside it.
        const length = Math.min(node.data.length - local, end - begin);
        // The text node is split by hand: a Range would stay registered with
        // the document until collected and be updated on every later change
        // of the DOM, which made marking thousands of findings quadratic.
        const marked = local > 0 ? node.splitText(local) : node;
        if (length < marked.data.length)
            marked.splitText(length);
        const mark = document.createElement('mark');
        mark.className = 'kiji-finding kiji-' + finding.severity;
        mark.title = finding.message;
        marked.parentNode.insertBefore(mark, marked);
        mark.append(marked);
        return true;
    }

    function markFindings(findings) {
        clearFindings();
        const containerOf = findingContainers();
        let marked = 0;
        for (const finding of findings) {
            if (markFinding(finding, containerOf))
                ++marked;
        }
        return marked;
    }

    // The findings of some parts (-1: the lead) only, after an update that
    // replaced those parts: the others keep their marks.
    function markFindingsIn(indices, findings) {
        const containerOf = findingContainers();
        for (const index of indices) {
            const container = containerOf(index);
            if (container)
                clearFindings(container);
        }
        let marked = 0;
        for (const finding of findings) {
            if (markFinding(finding, containerOf))
                ++marked;
        }
        return marked;
    }

    // A comparison of two versions in place of the article: every part of
    // NEW with its change (data-change: moved, added, removed, changed,
    // renamed; empty when the same), its text with insertions and deletions.
    // Built from text only: nothing of either version is read as HTML.
    // Returns the number of parts shown.
    function closeComparison() {
        const view = document.getElementById('kiji-compare');
        if (view)
            view.remove();
        document.documentElement.classList.remove('kiji-comparing');
        return true;
    }

    function textElement(tag, className, text) {
        const element = document.createElement(tag);
        element.className = className;
        element.textContent = text;
        return element;
    }

    function comparisonPart(part) {
        const element = document.createElement('section');
        element.className = 'kiji-compare-part' + (part.kind ? ' kiji-compare-' + part.kind : '');
        element.dataset.change = part.kind;
        element.dataset.level = part.level;
        if (part.section >= 0)
            element.dataset.section = part.section;
        const title = document.createElement('div');
        title.className = 'kiji-compare-title';
        if (part.label)
            title.append(textElement('span', 'kiji-compare-label', part.label));
        title.append(textElement('span', 'kiji-compare-heading', part.heading));
        if (part.detail)
            title.append(textElement('span', 'kiji-compare-detail', part.detail));
        const text = document.createElement('div');
        text.className = 'kiji-compare-text';
        for (const [kind, value] of part.segments) {
            if (kind === 0) {
                text.append(document.createTextNode(value));
                continue;
            }
            text.append(kind === 1 ? textElement('del', 'kiji-deletion', value)
                                   : textElement('ins', 'kiji-insertion', value));
        }
        element.append(title, text);
        return element;
    }

    function showComparison(comparison) {
        closeComparison();
        const view = document.createElement('div');
        view.id = 'kiji-compare';
        view.append(textElement('h1', 'kiji-compare-caption', comparison.title),
                    textElement('p', 'kiji-compare-hint', comparison.closeHint),
                    ...comparison.parts.map(comparisonPart));
        document.getElementById('kiji-page').append(view);
        document.documentElement.classList.add('kiji-comparing');
        window.scrollTo(0, 0);
        return comparison.parts.length;
    }

    if (typeof qt !== 'undefined' && qt.webChannelTransport) {
        new QWebChannel(qt.webChannelTransport, (channel) => {
            bridge = channel.objects.kijiBridge;
            if (drawnUnreported)
                bridge.reportDrawn();
        });
    }

    Object.defineProperty(window, 'kiji', {
        value: Object.freeze({ update, scrollToSection, setNarrow, markFindings, markFindingsIn, showComparison,
                               closeComparison }),
        writable: false,
        configurable: false,
    });
})();
