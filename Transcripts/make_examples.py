#!/usr/bin/env python3
"""Makes the example sessions in this folder with samplan itself.

Each session is typed into `samplan` through a pipe, line by line, with
short pauses so the recorded times look like a pair at a table (replay
paces by them). Run from the repository root:

    python3 Transcripts/make_examples.py .build/debug/samplan

It replaces the examples' .transcript and .plan.txt files. The answers are
fixed, so the plans come out the same each time; only the times differ.
"""
import os
import random
import subprocess
import sys
import time

HERE = "Transcripts/examples"
random.seed(7)

STRONG = [
    "2", "DPS Lillestrøm, allmennpsykiatrisk poliklinikk", "NAV Lillestrøm",
    "Pasienter ved poliklinikken som er sykmeldt eller står utenfor arbeid, får behandling og arbeidsrettet oppfølging samtidig.", "",
    "DPS-et trenger raskere avklaring av tiltak og ytelser.",
    "NAV-kontoret trenger å vite hva pasienten tåler av arbeid, og når.", "",
    "enhetsleder", "NAV-leder",
    "fagkoordinator for arbeid og psykisk helse", "NAV-veileder med ansvar for helse og arbeid",
    "1, 2, 4", "",
    "hver måned", "1", "om 3 uker", "2",
    "1, 2, 3, 5", "1", "1, 3", "fagansvarlig overlege / NAVs jurist",
    "8", "8 timer", "1",
    "2", "1, 2", "1, 3", "24.05.2027",
    "Presentere NAV-kontoret på DPS-ets personalmøte ; NAV-veileder med ansvar for helse og arbeid ; 12.01.2027",
    "NAV-veilederen begynner med kontortid på DPS-et ; NAV-leder ; 05.01.2027",
    "Invitere kommunens psykisk helse- og rustjeneste til et møte ; enhetsleder ; 01.02.2027", "",
]

WEAK = [
    "nei", "/tiltak", "", "enhetsleder", "om 3 uker", "", "Tynset DPS", "NAV Nord-Østerdal",
    "Bedre samarbeid.", "", "", "/hopp",
    "Kari Nordmann", "", "/hopp",
    "Ole Hansen", "", "NAV-veileder",
    "5", "",
    "hvert kvartal", "", "2", "/hopp", "ikke avtalt", "",
    "6", "",
    "ikke bestemt", "",
    "telefon", "overlegen",
    "0", "", "2", "vet ikke", "",
    "4", "",
    "3, 4", "",
    "/hopp", "/hopp",
    # The closing asks what the list lacks: a position, two deadlines
    # (one left open) and the first step.
    "Snakke med lederne", "Lage kontaktliste ; NAV-veileder", "", "enhetsleder", "om 2 uker", "", "1", "",
]

ENGLISH = [
    "2", "Vinderen DPS, outpatient clinic", "NAV Vestre Aker",
    "Patients who want to work get treatment and work-oriented follow-up at the same time.", "",
    "The DPS needs faster answers about measures and benefits.",
    "The NAV office needs to know what work the patient can manage.", "",
    "unit leader", "NAV office manager",
    "employment specialist coordinator", "NAV advisor for health and work",
    "1, 3, 4",
    "every other week", "1", "in 2 weeks", "1",
    "1, 2, 4, 5", "1", "1, 3", "senior consultant in charge / NAV's lawyer",
    "12", "10 hours", "2",
    "1", "1, 2", "1, 3, 4", "in 26 weeks",
    "Visit each other's services for a day ; employment specialist coordinator ; in 4 weeks",
    "Joint course on IPS for clinicians ; employment specialist coordinator ; 01.03.2027",
    "Invite the municipality's mental health services to a workshop ; unit leader ; 01.02.2027", "",
]

KONGSBERG_FIRST = [
    "ja", "DPS Kongsberg", "NAV Kongsberg", "Psykisk helse og rus, Kongsberg kommune",
    "Flere unge voksne i arbeid eller utdanning.", "",
    "DPS-et trenger en fast kontakt hos NAV.", "NAV-kontoret trenger tidlig kontakt om sykmeldte.",
    "Kommunen trenger å vite hvem som følger opp etter utskrivning.", "",
    "avdelingssjef", "NAV-leder", "leder for psykisk helse og rus",
    "sosionom ved poliklinikken", "NAV-veileder oppfølging",
]
KONGSBERG_REST = [
    "koordinator i psykisk helse og rus", "1, 2, 3",
    "3, 4", "",
    "annenhver uke", "1", "om 2 uker", "2",
    "1, 3", "", "1", "1", "avdelingssjef / NAV-leder",
    "6", "6", "2",
    "2", "1, 3", "",
    "1, 2", "26.04.2027",
    "Søke midler til en jobbspesialist ved DPS-et ; avdelingssjef ; 01.02.2027",
    "Felles fagdag om IPS ; sosionom ved poliklinikken ; 15.01.2027", "",
]

NIDAROS = [
    "nei", "", "Nidaros DPS, poliklinikk", "NAV Østbyen",
    "Samtidig behandling og arbeidsrettet oppfølging for felles pasienter.", "",
    "DPS-et trenger å vite hvilke tiltak NAV kan tilby.",
    "NAV-kontoret trenger raskere informasjon om helsesituasjonen, med samtykke.", "",
    "enhetsleder", "NAV-leder", "fagkoordinator arbeid og helse", "NAV-veileder helse og arbeid",
    "2, 3, 4", "",
    "hver måned", "1", "om 4 uker", "1",
    "1, 3", "",
    "2", "",
    "1, 4", "/hvorfor", "1, 3",
    "personvernombudet",
    "/endre 18", "fagansvarlig overlege / jurist i NAV Trøndelag",
    "10", "10", "1",
    "3", "felles verksted for alle kontorene på omgang",
    "1, 2", "1, 2, 3, 4", "24.05.2027",
    "Skrive samtykkeskjema sammen ; fagkoordinator arbeid og helse ; om 2 uker",
    "Avklare sikker digital kanal med IKT ; NAV-leder ; om 4 uker", "",
]

FANA = [
    "2", "Solli DPS, poliklinikk Fana", "NAV Fana",
    "Flere pasienter i jobb gjennom IPS og felles saksdrøfting.", "",
    "DPS-et trenger en fast kontakt hos NAV.", "NAV-kontoret trenger å bli kjent med behandlerne.", "",
    "avdelingsleder", "NAV-leder", "jobbspesialist", "NAV-veileder IPS",
    "1, 3, 4", "annenhver uke", "1", "om 10 dager", "1",
    "1, 2, 3, 4, 5", "1", "1, 3", "fagansvarlig overlege / NAVs jurist",
    "20", "12", "1",
    "3", "kontaktlister og felles verksted to ganger i året", "1, 2", "1, 2, 3, 4", "24.05.2027",
    "Jobbspesialisten begynner med kontortid på NAV Fana ; jobbspesialist ; 06.01.2027",
    "Kurs i IPS for behandlerne ; avdelingsleder ; 01.02.2027",
    "Hospitering hos hverandre ; NAV-veileder IPS ; 15.02.2027",
    "Presentere NAV Fana på DPS-ets personalmøte ; NAV-veileder IPS ; 14.12.2026",
    "Besøke tre lokale arbeidsgivere sammen ; NAV-veileder IPS ; 01.03.2027",
    "Felles kurs for unge utenfor arbeid ; fagleder NAV ; 05.04.2027",
    "Kartlegge arbeidsstatus ved inntak ; avdelingsleder ; 05.04.2027",
    "Forberede halvårsevalueringen ; avdelingsleder ; 10.05.2027", "",
]


# Lillestrøm's follow-up eight weeks later: one action done, one started
# (time stood in the way; a new date), the invitation dropped (why:
# something else, said in words), the first meeting held, the next
# follow-up in three months, one new action.
LILLESTROM_FOLLOWUP = [
    "1", "2", "2", "om 4 uker", "4", "6",
    "Kommunen møter DPS-et allerede i et annet samarbeidsforum", "ja", "om 3 måneder",
    "Søke om midler til IPS sammen ; enhetsleder ; 01.04.2027", "",
]


def clean(pattern):
    for name in os.listdir(HERE):
        if pattern in name and (name.endswith(".transcript") or name.endswith(".plan.txt")):
            os.remove(os.path.join(HERE, name))


def type_into(arguments, lines, today):
    env = {"SAMPLAN_TODAY": today, "PATH": "/usr/bin:/bin", "TZ": "Europe/Oslo"}
    process = subprocess.Popen(arguments, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, env=env)
    for line in lines:
        # Reading, talking, typing: a few seconds a line, scaled down.
        time.sleep(random.uniform(0.15, 0.9))
        process.stdin.write((line + "\n").encode())
        process.stdin.flush()
    process.stdin.close()
    if process.wait() != 0:
        sys.exit(f"samplan failed for {arguments}")


def main():
    binary = os.path.abspath(sys.argv[1])
    for stem in ["lillestrom", "tynset", "vinderen", "kongsberg", "nidaros", "solli"]:
        clean(stem)
    new = [binary, "--dir", HERE]
    type_into(new, STRONG, "2026-11-23")
    strong = [n for n in os.listdir(HERE) if "lillestrom" in n and n.endswith(".transcript")][0]
    type_into([binary, "oppfølging", os.path.join(HERE, strong)], LILLESTROM_FOLLOWUP, "2027-01-20")
    type_into(new, WEAK, "2026-11-23")
    type_into(new + ["--lang", "en"], ENGLISH, "2026-11-23")
    type_into(new, KONGSBERG_FIRST, "2026-11-23")
    first = [n for n in os.listdir(HERE) if "kongsberg" in n and n.endswith(".transcript")][0]
    type_into([binary, "resume", os.path.join(HERE, first)], KONGSBERG_REST, "2026-11-25")
    type_into(new, NIDAROS, "2026-11-23")
    type_into(new, FANA, "2026-11-23")


main()
