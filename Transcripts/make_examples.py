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
    "DPS Lillestrøm, allmennpsykiatrisk poliklinikk", "NAV Lillestrøm", "behandler", "NAV-veileder",
    "Pasienter som ønsker arbeid, får behandling og arbeidsrettet oppfølging samtidig.",
    "Vi gir det samme budskapet og unngår at pasienten blir kasteball.", "",
    "pasienter ved poliklinikken som er sykmeldt eller står utenfor arbeid",
    "raskere avklaring av tiltak og ytelser", "å vite hva pasienten tåler av arbeid og når", "2",
    "enhetsleder", "NAV-leder", "1", "ja",
    "fagkoordinator for arbeid og psykisk helse", "NAV-veileder med ansvar for helse og arbeid", "ja",
    "teamleder poliklinikk / fagansvarlig oppfølging", "3",
    "1", "1",
    "1, 2, 3", "NAV-veilederen har kontortid på DPS-en hver tirsdag 9–12", "hver måned", "om 3 uker", "2", "ja",
    "bare anonymt", "1, 3", "personvernombudet", "NAV-leder",
    "8", "8 timer", "enhetsleder og NAV-leder", "1",
    "arbeidsutprøving som ikke passer med behandling på dagtid", "fagkoordinator for tiltak",
    "3", "alle",
    "1", "nei",
    "1, 2, 5",
    "Utveksle kontaktlister ; fagkoordinator DPS ; om 1 uke",
    "Første saksdrøftingsverksted ; NAV-veileder ; 14.12.2026",
    "Kontortid på DPS starter ; NAV-veileder ; 05.01.2027", "",
    "Sende innkalling til første saksdrøftingsverksted", "fagkoordinator DPS", "om 1 uke", "om 6 måneder",
]

WEAK = [
    "Tynset DPS", "NAV Nord-Østerdal", "psykolog", "veileder",
    "Bedre samarbeid.", "", "alle", "/hopp", "kunnskap om DPS", "", "4", "",
    "Kari Nordmann", "", "/hopp", "4", "", "nei", "",
    "Ole Hansen", "", "NAV-veileder", "nei", "", "4", "",
    "nei", "vet ikke", "",
    "1", "hvert kvartal", "", "/hopp", "ikke avtalt", "", "nei", "",
    "ikke bestemt", "", "telefon", "overlegen", "/hopp",
    "0", "", "2", "/hopp", "vet ikke", "",
    "ingen", "/hopp",
    "4", "bare", "", "/hopp",
    "prosjektmidler", "", "ja", "",
    "2",
    "Snakke med lederne", "Lage kontaktliste ; NAV-veileder", "", "",
    "Ringe NAV", "Kari Nordmann", "", "om 6 uker", "", "/hopp",
]

ENGLISH = [
    "Vinderen DPS, outpatient clinic", "NAV Vestre Aker", "clinician", "NAV advisor",
    "Patients who want to work get treatment and work-oriented follow-up at the same time.", "",
    "outpatients on sick leave or out of work", "faster answers about measures and benefits",
    "knowing what work the patient can manage", "every six months",
    "unit leader", "NAV office manager", "1", "yes",
    "employment specialist coordinator", "NAV advisor for health and work", "yes",
    "senior clinician / deputy NAV advisor", "2",
    "1", "yes it is running",
    "1, 3", "every other week", "in 2 weeks", "1", "yes",
    "1", "1, 3", "data protection officer", "NAV office manager",
    "12", "10 hours", "unit leader and NAV office manager", "2",
    "none", "measures coordinator",
    "1",
    "2", "", "no",
    "2, 3, 4",
    "Visit each other's services for a day ; employment specialist ; in 4 weeks",
    "Joint course on IPS for clinicians ; employment specialist ; 01.03.2027", "",
    "Book the first case-discussion workshop", "employment specialist", "in 1 week", "in 6 months",
]

KONGSBERG_FIRST = [
    "DPS Kongsberg", "NAV Kongsberg", "sosionom", "NAV-veileder",
    "Flere pasienter i arbeid eller utdanning.", "", "unge voksne ved DPS-en",
    "kontaktperson hos NAV", "tidlig kontakt om sykmeldte", "1",
    "avdelingssjef", "NAV-leder", "2", "",
    "ja", "sosionom ved poliklinikken", "NAV-veileder oppfølging",
]
KONGSBERG_REST = [
    "ja", "leder poliklinikk / teamleder NAV", "2",
    "3", "2",
    "1, 3", "annenhver uke", "om 2 uker", "2", "ja",
    "1", "1", "sosionom", "NAV-leder",
    "6", "6", "avdelingssjef", "2",
    "ingen", "NAV-veileder oppfølging",
    "2", "1",
    "3", "", "nei",
    "1, 2, 3",
    "Jobbspesialist søkes finansiert ; avdelingssjef ; 01.02.2027",
    "Felles fagdag om IPS ; sosionom ; 15.01.2027", "",
    "Avtale første møte", "sosionom", "om 2 uker", "om 5 måneder",
]

NIDAROS = [
    "Nidaros DPS, poliklinikk", "NAV Østbyen", "spesialsykepleier", "NAV-veileder",
    "Samtidig behandling og arbeidsrettet oppfølging for felles pasienter.", "", "felles pasienter og brukere",
    "vite hvilke tiltak NAV kan tilby", "raskere informasjon om helsesituasjonen", "2",
    "enhetsleder", "NAV-leder", "1", "ja",
    "fagkoordinator arbeid og helse", "NAV-veileder helse og arbeid", "ja", "enhetsleder / NAV-leder", "1",
    "1", "1",
    "1, 2", "NAV-veileder på DPS annenhver torsdag", "hver måned", "om 4 uker", "1", "ja",
    "3", "2",
    "/hopp",
    "i journalen ved DPS og i NAVs fagsystem; tilbaketrekking noteres samme dag",
    "4", "1, 3",
    "/hvorfor",
    "personvernombudet i helseforetaket", "/hopp",
    "/tilbake", "juridisk rådgiver i NAV Trøndelag",
    "/endre 28", "behandleren som kjenner pasienten",
    "10", "10", "enhetsleder og NAV-leder", "1",
    "ytelser som faller bort ved arbeidsutprøving", "fagkoordinator for tiltak",
    "5", "2", "felles verksted for alle kontorene på omgang",
    "1", "nei",
    "1, 3",
    "Skriv samtykkeskjema sammen ; fagkoordinator arbeid og helse ; om 2 uker",
    "Avklare sikker kanal med IKT ; NAV-leder ; om 4 uker", "",
    "Skriv samtykkeskjema sammen", "fagkoordinator arbeid og helse", "om 2 uker", "om 6 måneder",
]

FANA = [
    "Solli DPS, poliklinikk Fana", "NAV Fana", "jobbspesialist", "NAV-veileder",
    "Flere pasienter i jobb gjennom IPS og felles saksdrøfting.", "", "pasienter som ønsker arbeid",
    "en fast kontakt hos NAV", "å bli kjent med behandlerne", "1",
    "avdelingsleder", "NAV-leder", "1", "ja",
    "jobbspesialist", "NAV-veileder IPS", "ja", "avdelingsleder / fagleder NAV", "2",
    "1", "1",
    "1, 2, 3, 4", "jobbspesialisten har kontortid på NAV Fana hver onsdag", "annenhver uke", "om 10 dager", "1", "ja",
    "1", "1, 3", "personvernombudet", "NAV-leder",
    "20", "12", "avdelingsleder og NAV-leder", "1",
    "ingen", "NAV-veileder IPS",
    "4", "noen", "kontaktlister og felles verksted to ganger i året",
    "1", "nei",
    "1, 2, 3, 4, 5",
    "Utveksle kontaktlister ; jobbspesialist ; om 3 dager",
    "Første saksdrøftingsverksted ; NAV-veileder IPS ; om 10 dager",
    "Jobbspesialist begynner kontortid på NAV ; jobbspesialist ; 06.01.2027",
    "Kurs i IPS for behandlerne ; avdelingsleder ; 01.02.2027",
    "Hospitering hos hverandre ; NAV-veileder IPS ; 15.02.2027",
    "Felles kurs for unge utenfor arbeid ; fagleder NAV ; 01.03.2027",
    "Kartlegge arbeidsstatus ved inntak ; avdelingsleder ; 01.04.2027",
    "Halvårsevaluering ; avdelingsleder ; 23.05.2027", "",
    "Utveksle kontaktlister", "jobbspesialist", "om 3 dager", "23.05.2027",
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
    type_into(new, WEAK, "2026-11-23")
    type_into(new + ["--lang", "en"], ENGLISH, "2026-11-23")
    type_into(new, KONGSBERG_FIRST, "2026-11-23")
    first = [n for n in os.listdir(HERE) if "kongsberg" in n and n.endswith(".transcript")][0]
    type_into([binary, "resume", os.path.join(HERE, first)], KONGSBERG_REST, "2026-11-25")
    type_into(new, NIDAROS, "2026-11-23")
    type_into(new, FANA, "2026-11-23")


main()
