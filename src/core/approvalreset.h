#pragma once

#include "textedit.h"

class ArticleDocument;
class QUndoCommand;

// A change to an approved section's own body sets it back to review in the
// same undo step. Every TextEditCommand applies its edit through here the
// first time, so each operation (typing, quick fixes, replace all,
// resolving review marks…) follows the rule without knowing about it.
//
// The reset changes only `status=`: `by=` and `date=` keep saying who
// approved the section and when, and the bytes of an edit do not depend on
// the clock.
namespace ApprovalReset {

// Whether `command`'s edit may reset approvals. Moving a section and
// restoring a whole text (recovered work, a reload) carry bodies and their
// status lines as they are.
bool appliesTo(const QUndoCommand *command);

// Applies `edit` to `document`; when it changed the body of approved
// sections, sets those back to review as well. Returns the edit from the
// text before to the text after, which undo inverts as one.
TextEdit apply(ArticleDocument *document, const TextEdit &edit);

} // namespace ApprovalReset
