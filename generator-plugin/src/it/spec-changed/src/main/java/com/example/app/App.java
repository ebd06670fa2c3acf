package com.example.app;

import com.example.chores.ChoresClient;
import com.example.chores.model.NewChore;

/** Uses what both versions of the document have, so the project compiles before and after the change. */
public final class App {
    private App() {}

    /** A client and a request. */
    public static NewChore draft(String title) {
        ChoresClient.builder().build();
        return NewChore.builder().title(title).build();
    }
}
