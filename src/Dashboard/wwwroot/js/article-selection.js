// The selected span of an article's text as offsets into the text itself: the container renders the
// text exactly (marks only wrap parts of it), so counting characters before the selection gives the offset.
window.articleSelection = {
    offsets: function (container) {
        const selection = window.getSelection();
        if (!container || !selection || selection.rangeCount === 0 || selection.isCollapsed) {
            return null;
        }

        const range = selection.getRangeAt(0);
        if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) {
            return null;
        }

        const before = document.createRange();
        before.setStart(container, 0);
        before.setEnd(range.startContainer, range.startOffset);
        return { start: before.toString().length, length: range.toString().length };
    }
};
