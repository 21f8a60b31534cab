#pragma once

// Ids for QUndoCommand::id(), so that typing in one field merges.
enum UndoCommandId {
    Cmd_SetHeadingText = 1,
    Cmd_SetSectionBody,
    Cmd_SetFrontMatterField,
    Cmd_SetSectionAttribute,
};
