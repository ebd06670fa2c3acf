// Each execution generated its own document into its own directory and package, and both were compiled together.
def log = new File(basedir, 'build.log').text
// The log in sections, one per mojo execution. Maven 3.9 names the plugin by its prefix in the heading, 3.8 by its
// artifactId; dependency downloads may come between the heading and the plugin's own lines.
def sections = log.split(/(?m)^\[INFO\] --- /)
def execution = { id, document ->
    def heading = ~/^parallel4j(-maven-plugin)?:${java.util.regex.Pattern.quote(pluginVersion)}:generate \($id\) @ two-executions ---/
    def section = sections.find { it =~ heading }
    assert section != null, "no execution $id"
    assert section.contains("[INFO] parallel4j: 1 services, "), id
    assert section.contains(" types from ${document}: "), id
}
execution('weather', 'weather.yaml')
execution('tides', 'tides.json')

def files = { dir ->
    def found = []
    dir.eachFileRecurse(groovy.io.FileType.FILES) { found << (it.path - dir.path - '/') }
    found.sort()
}
def sources = new File(basedir, 'target/generated-sources')
assert !new File(sources, 'parallel4j').exists() // nothing in the default directory
assert files(new File(sources, 'weather')) == [
        'com/example/weather/WeatherClient.java',
        'com/example/weather/model/Day.java',
        'com/example/weather/model/Forecast.java',
        'com/example/weather/service/ForecastsRetrieveParams.java',
        'com/example/weather/service/ForecastsService.java']
assert files(new File(sources, 'tides')) == [
        'com/example/tides/TidesClient.java',
        'com/example/tides/model/TideTable.java',
        'com/example/tides/service/TidesService.java']

def classes = new File(basedir, 'target/classes/com/example')
['weather/WeatherClient', 'weather/model/Forecast', 'weather/service/ForecastsService',
 'tides/TidesClient', 'tides/model/TideTable', 'tides/service/TidesService', 'app/App'].each {
    assert new File(classes, "${it}.class").isFile(), it
}
true
