package com.example.app;

import com.example.notes.NotesClient;
import com.example.notes.model.NewNote;

/** Uses the generated client, so that every build compiles against it. */
public final class App {
    private App() {}

    /** A client and a request. */
    public static NewNote draft(String text) {
        NotesClient.builder().build();
        return NewNote.builder().text(text).build();
    }
}
