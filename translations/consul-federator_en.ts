<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CheckCommand</name>
    <message numerus="yes">
        <location filename="../src/cli/CheckCommand.cpp" line="122"/>
        <source>%n values file(s) checked</source>
        <translation>
            <numerusform>%n values file checked</numerusform>
            <numerusform>%n values files checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CheckCommand.cpp" line="127"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/CheckCommand.cpp" line="129"/>
        <location filename="../src/cli/CheckCommand.cpp" line="134"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
</TS>
