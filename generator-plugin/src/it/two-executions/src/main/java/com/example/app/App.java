package com.example.app;

import com.example.tides.TidesClient;
import com.example.tides.model.TideTable;
import com.example.weather.WeatherClient;
import com.example.weather.model.Forecast;

/** Uses both generated clients in one class: both source roots are on the compile path. */
public final class App {
    private App() {}

    /** Whether the forecast and the tide table are about the same place. */
    public static boolean samePlace(Forecast forecast, TideTable tides) {
        WeatherClient.builder().apiKey("token").build();
        TidesClient.builder().build();
        return forecast.city().equals(tides.portId());
    }
}
