package com.example.app;

import com.example.notes.NotesClient;
import com.example.notes.model.NewNote;
import com.example.notes.model.NoteColor;

/** Uses the generated client the way an application would, so the build proves the API compiles for callers. */
public final class App {
    private App() {}

    /**
     * Builds a request against the generated API (the enum both models share is one type).
     *
     * @param text the note's text
     * @return the request body
     */
    public static NewNote draft(String text) {
        NotesClient.builder().apiKey("k").build();
        return NewNote.builder().text(text).color(NoteColor.YELLOW).build();
    }
}
