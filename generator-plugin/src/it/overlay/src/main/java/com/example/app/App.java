package com.example.app;

import com.example.petshop.PetShopClient;
import com.example.petshop.model.Animal;
import com.example.petshop.model.NewPet;
import com.example.petshop.model.Species;

/** Compiles only if the overlay took effect: the renamed method and type, the new constant, the required owner. */
public final class App {
    private App() {}

    /** Adopts a ferret. */
    public static Animal adoptFerret(PetShopClient client) {
        NewPet pet = NewPet.builder().name("Slinky").owner("Ada").species(Species.FERRET).build();
        String owner = pet.owner(); // a required property is not Optional
        return client.pets().adopt(NewPet.builder().name(owner + "'s").owner(owner).build());
    }
}
