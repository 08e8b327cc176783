DatelineSearch.text(0,1,["lines Camilleri said three shipping lines had already asked for berths.",""]);
