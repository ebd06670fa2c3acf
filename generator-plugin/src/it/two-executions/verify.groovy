// Each execution generated its own document into its own directory and package, and both were compiled together.
// Then, with both executions pointed at one directory, the build failed naming both, and neither lost its sources.
def builds = new File(basedir, 'build.log').text.split(/(?m)^\[INFO\] Scanning for projects\.\.\./).findAll { it.trim() }
assert builds.size() == 2
def log = builds[0]
// The log in sections, one per mojo execution. Maven 3.9 names the plugin by its prefix in the heading, 3.8 by its
// artifactId; dependency downloads may come between the heading and the plugin's own lines.
def sections = log.split(/(?m)^\[INFO\] --- /)
def execution = { id, document ->
    def heading = ~/^parallel4j(-maven-plugin)?:${java.util.regex.Pattern.quote(pluginVersion)}:generate \($id\) @ two-executions ---/
    def section = sections.find { it =~ heading }
    assert section != null, "no execution $id"
    assert section.contains("[INFO] parallel4j: 1 service, "), id
    assert section.contains(" from ${document}: "), id
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

def shared = new File(sources, 'weather').toPath().toAbsolutePath().normalize()
def failure = builds[1].readLines().findAll { it.contains(': parallel4j: ') }
assert failure.size() == 1
assert failure[0].contains("generate (tides) on project two-executions: parallel4j: executions 'weather' and 'tides' both generate into " +
        "${shared} but from different configurations, so each would delete the other's sources; give each execution its own <outputDirectory>")
assert builds[1].contains('[INFO] parallel4j: up to date: weather.yaml unchanged since the last generation')

def classes = new File(basedir, 'target/classes/com/example')
['weather/WeatherClient', 'weather/model/Forecast', 'weather/service/ForecastsService',
 'tides/TidesClient', 'tides/model/TideTable', 'tides/service/TidesService', 'app/App'].each {
    assert new File(classes, "${it}.class").isFile(), it
}
true
