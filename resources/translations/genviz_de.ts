<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>GAN</source>
        <translation>GAN</translation>
    </message>
    <message>
        <source>A generator turns noise into an image in one pass, taught by a discriminator.</source>
        <translation>Ein Generator macht in einem Durchgang aus Rauschen ein Bild; ein Diskriminator bringt es ihm bei.</translation>
    </message>
    <message>
        <source>VAE</source>
        <translation>VAE</translation>
    </message>
    <message>
        <source>A decoder turns a code drawn from N(0, I) into an image in one pass.</source>
        <translation>Ein Decoder macht in einem Durchgang aus einem Code, gezogen aus N(0, I), ein Bild.</translation>
    </message>
    <message>
        <source>Diffusion</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <source>A denoiser takes noise and removes a little of it at each step.</source>
        <translation>Ein Entrauscher nimmt Rauschen und entfernt bei jedem Schritt ein wenig davon.</translation>
    </message>
    <message>
        <source>Diffusion&apos;s grid and How one is made take {grid} DDIM steps, so that they can be made again while it trains; the results table judges samples made over {judged} DDPM steps, a little clearer.</source>
        <translation>Das Raster und „So entsteht eins“ der Diffusion brauchen {grid} DDIM-Schritte, damit sie beim Training neu erstellt werden können; die Ergebnistabelle bewertet Bilder aus {judged} DDPM-Schritten, etwas klarer.</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>Pixel</translation>
    </message>
    <message>
        <source>A transformer writes the image one pixel at a time, each from the ones before it.</source>
        <translation>Ein Transformer schreibt das Bild Pixel für Pixel, jedes aus den vorherigen.</translation>
    </message>
    <message>
        <source>There is no family called &apos;{name}&apos;: choose from {choices}.</source>
        <translation>Es gibt keine Familie namens „{name}“: Wählen Sie aus {choices}.</translation>
    </message>
    <message>
        <source>List the families separated by commas, e.g. gan,vae,diffusion, not &apos;{text}&apos;.</source>
        <translation>Geben Sie die Familien durch Kommas getrennt an, z. B. gan,vae,diffusion, nicht „{text}“.</translation>
    </message>
    <message>
        <source>Each family may be listed once, not &apos;{text}&apos;.</source>
        <translation>Jede Familie darf nur einmal genannt werden, nicht „{text}“.</translation>
    </message>
    <message>
        <source>Pick at least one family to compare.</source>
        <translation>Wählen Sie mindestens eine Familie zum Vergleichen.</translation>
    </message>
    <message>
        <source>The {family} family is not part of this genviz yet.</source>
        <translation>Die Familie {family} ist noch nicht Teil dieses genviz.</translation>
    </message>
    <message>
        <source>The {family} family draws images pixel by pixel, so it cannot learn the 2-D set {data}: pick an image set, or leave {name} out.</source>
        <translation>Die Familie {family} zeichnet Bilder Pixel für Pixel und kann deshalb den 2-D-Datensatz {data} nicht lernen: Wählen Sie einen Bilddatensatz oder lassen Sie {name} weg.</translation>
    </message>
    <message>
        <source>No Python source could be read from the standard library on this computer.</source>
        <translation>Auf diesem Computer ließ sich kein Python-Quelltext aus der Standardbibliothek lesen.</translation>
    </message>
    <message>
        <source>The file {name} looks like a binary file, not text.</source>
        <translation>Die Datei {name} sieht nach einer Binärdatei aus, nicht nach Text.</translation>
    </message>
    <message>
        <source>The file {name} is not UTF-8 text.</source>
        <translation>Die Datei {name} ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>The file {name} is empty.</source>
        <translation>Die Datei {name} ist leer.</translation>
    </message>
    <message>
        <source>Facts about countries and their capitals, in many phrasings (about 2 MB).</source>
        <translation>Fakten über Länder und ihre Hauptstädte, in vielen Formulierungen (etwa 2 MB).</translation>
    </message>
    <message>
        <source>The same facts, but only 40 KB of them: a model soon memorises so short a text, and its held-out loss rises (overfitting).</source>
        <translation>Dieselben Fakten, aber nur 40 KB davon: Einen so kurzen Text lernt ein Modell bald auswendig, und sein Verlust auf zurückgehaltenem Text steigt (Überanpassung).</translation>
    </message>
    <message>
        <source>Python source code from the standard library, for code generation (about 1 MB).</source>
        <translation>Python-Quellcode aus der Standardbibliothek, zum Generieren von Code (etwa 1 MB).</translation>
    </message>
    <message>
        <source>2-D: ring of 8 Gaussians</source>
        <translation>2D: Ring aus 8 Gaußglocken</translation>
    </message>
    <message>
        <source>Eight blobs on a circle: the classic test of whether a model finds every mode.</source>
        <translation>Acht Punktwolken auf einem Kreis: der klassische Test, ob ein Modell jeden Modus findet.</translation>
    </message>
    <message>
        <source>2-D: 5 × 5 grid of Gaussians</source>
        <translation>2D: 5 × 5-Gitter aus Gaußglocken</translation>
    </message>
    <message>
        <source>25 blobs: harder to cover than the ring.</source>
        <translation>25 Punktwolken: schwerer abzudecken als der Ring.</translation>
    </message>
    <message>
        <source>2-D: two moons</source>
        <translation>2D: zwei Monde</translation>
    </message>
    <message>
        <source>Two interleaved half circles.</source>
        <translation>Zwei ineinandergreifende Halbkreise.</translation>
    </message>
    <message>
        <source>2-D: spiral</source>
        <translation>2D: Spirale</translation>
    </message>
    <message>
        <source>One long curved arm: the model must bend its noise a lot.</source>
        <translation>Ein langer, gebogener Arm: Das Modell muss sein Rauschen stark verbiegen.</translation>
    </message>
    <message>
        <source>2-D: line</source>
        <translation>2D: Linie</translation>
    </message>
    <message>
        <source>A thin diagonal segment: one dimension inside two.</source>
        <translation>Eine dünne diagonale Strecke: eine Dimension in zweien.</translation>
    </message>
    <message>
        <source>Digits (8 × 8, built in)</source>
        <translation>Ziffern (8 × 8, eingebaut)</translation>
    </message>
    <message>
        <source>The 1,797 small handwritten digits that ship with scikit-learn.</source>
        <translation>Die 1797 kleinen handgeschriebenen Ziffern, die scikit-learn mitbringt.</translation>
    </message>
    <message>
        <source>MNIST digits (28 × 28)</source>
        <translation>MNIST-Ziffern (28 × 28)</translation>
    </message>
    <message>
        <source>70,000 handwritten digits. Needs the MNIST files: genviz data mnist --download fetches them once.</source>
        <translation>70 000 handgeschriebene Ziffern. Benötigt die MNIST-Dateien: genviz data mnist --download lädt sie einmalig herunter.</translation>
    </message>
    <message>
        <source>Fashion-MNIST (28 × 28)</source>
        <translation>Fashion-MNIST (28 × 28)</translation>
    </message>
    <message>
        <source>Clothes and shoes in 10 classes. Needs the files: genviz data fashion --download fetches them once.</source>
        <translation>Kleidung und Schuhe in 10 Klassen. Benötigt die Dateien: genviz data fashion --download lädt sie einmalig herunter.</translation>
    </message>
    <message>
        <source>mode {number}</source>
        <translation>Modus {number}</translation>
    </message>
    <message>
        <source>upper moon</source>
        <translation>oberer Mond</translation>
    </message>
    <message>
        <source>lower moon</source>
        <translation>unterer Mond</translation>
    </message>
    <message>
        <source>{name} has {count} images; ask for at most {count}.</source>
        <translation>{name} hat {count} Bilder; fordern Sie höchstens {count} an.</translation>
    </message>
    <message>
        <source>1 unreadable file was skipped.</source>
        <translation>1 unlesbare Datei wurde übersprungen.</translation>
    </message>
    <message>
        <source>{count} unreadable files were skipped.</source>
        <translation>{count} unlesbare Dateien wurden übersprungen.</translation>
    </message>
    <message>
        <source>1 image over {megapixels:g} megapixels was skipped.</source>
        <translation>1 Bild über {megapixels:g} Megapixel wurde übersprungen.</translation>
    </message>
    <message>
        <source>{count} images over {megapixels:g} megapixels were skipped.</source>
        <translation>{count} Bilder über {megapixels:g} Megapixel wurden übersprungen.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is neither a built-in data set ({choices}) nor a folder of images.</source>
        <translation>„{name}“ ist weder ein eingebauter Datensatz ({choices}) noch ein Bilderordner.</translation>
    </message>
    <message>
        <source>Drawn points must be pairs (x, y); got an array of shape {shape}.</source>
        <translation>Gezeichnete Punkte müssen Paare (x, y) sein; erhalten wurde ein Array der Form {shape}.</translation>
    </message>
    <message>
        <source>Draw at least {count} points first.</source>
        <translation>Zeichnen Sie zuerst mindestens {count} Punkte.</translation>
    </message>
    <message>
        <source>Some drawn points are not finite numbers.</source>
        <translation>Einige gezeichnete Punkte sind keine endlichen Zahlen.</translation>
    </message>
    <message>
        <source>T-shirt/top</source>
        <translation>T-Shirt/Top</translation>
    </message>
    <message>
        <source>Trouser</source>
        <translation>Hose</translation>
    </message>
    <message>
        <source>Pullover</source>
        <translation>Pullover</translation>
    </message>
    <message>
        <source>Dress</source>
        <translation>Kleid</translation>
    </message>
    <message>
        <source>Coat</source>
        <translation>Mantel</translation>
    </message>
    <message>
        <source>Sandal</source>
        <translation>Sandale</translation>
    </message>
    <message>
        <source>Shirt</source>
        <translation>Hemd</translation>
    </message>
    <message>
        <source>Sneaker</source>
        <translation>Sneaker</translation>
    </message>
    <message>
        <source>Bag</source>
        <translation>Tasche</translation>
    </message>
    <message>
        <source>Ankle boot</source>
        <translation>Stiefelette</translation>
    </message>
    <message>
        <source>{name} is a damaged or truncated gzip file.</source>
        <translation>{name} ist eine beschädigte oder abgeschnittene gzip-Datei.</translation>
    </message>
    <message>
        <source>{name} unzips to more than {megabytes} MB: it is not an MNIST-style file.</source>
        <translation>{name} wird entpackt größer als {megabytes} MB: Es ist keine Datei im MNIST-Format.</translation>
    </message>
    <message>
        <source>{name} is not an IDX file: it does not start with an IDX header.</source>
        <translation>{name} ist keine IDX-Datei: Sie beginnt nicht mit einem IDX-Kopf.</translation>
    </message>
    <message>
        <source>{name} is truncated: it ends inside its IDX header.</source>
        <translation>{name} ist abgeschnitten: Die Datei endet mitten im IDX-Kopf.</translation>
    </message>
    <message>
        <source>{name} is truncated: its header promises {expected} bytes of values, it holds {held}.</source>
        <translation>{name} ist abgeschnitten: Ihr Kopf verspricht {expected} Bytes an Werten, sie enthält {held}.</translation>
    </message>
    <message>
        <source>{name} is longer than its header says: its header promises {expected} bytes of values, it holds {held}.</source>
        <translation>{name} ist länger, als ihr Kopf angibt: Er verspricht {expected} Bytes an Werten, sie enthält {held}.</translation>
    </message>
    <message>
        <source>{title} is not in {folder}: choose the folder holding train-images-idx3-ubyte.gz and train-labels-idx1-ubyte.gz, or download it with: genviz data {kind} --download.</source>
        <translation>{title} ist nicht in {folder}: Wählen Sie den Ordner mit train-images-idx3-ubyte.gz und train-labels-idx1-ubyte.gz, oder laden Sie den Datensatz herunter mit: genviz data {kind} --download.</translation>
    </message>
    <message>
        <source>{name} does not hold 8-bit images (its shape is {shape}).</source>
        <translation>{name} enthält keine 8-Bit-Bilder (die Form ist {shape}).</translation>
    </message>
    <message>
        <source>{name} holds {labels} labels for {images} images.</source>
        <translation>{name} enthält {labels} Labels für {images} Bilder.</translation>
    </message>
    <message>
        <source>Could not download {name}: {failures}.</source>
        <translation>{name} konnte nicht heruntergeladen werden: {failures}.</translation>
    </message>
    <message>
        <source>The download of {name} does not match its SHA-256 checksum, so it was deleted; try again later.</source>
        <translation>Der Download von {name} stimmt nicht mit seiner SHA-256-Prüfsumme überein und wurde deshalb gelöscht; versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>There is no download for &apos;{kind}&apos;; choose one of: {choices}.</source>
        <translation>Für „{kind}“ gibt es keinen Download; wählen Sie einen von: {choices}.</translation>
    </message>
    <message>
        <source>Cannot create the cache folder {folder}: {reason}.</source>
        <translation>Der Cache-Ordner {folder} kann nicht angelegt werden: {reason}.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Rauschplan</translation>
    </message>
    <message>
        <source>The noise schedule: how fast the data fades into noise as t grows. Linear (Ho et al. 2020) destroys most of the signal early; cosine (Nichol &amp; Dhariwal 2021) fades it more evenly, so more steps carry useful information.</source>
        <translation>Der Rauschplan: wie schnell die Daten mit wachsendem t im Rauschen verschwinden. Linear (Ho et al. 2020) zerstört den Großteil des Signals früh; Kosinus (Nichol &amp; Dhariwal 2021) blendet es gleichmäßiger aus, sodass mehr Schritte nützliche Information tragen.</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>Kosinus</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>linear</translation>
    </message>
    <message>
        <source>Steps T</source>
        <translation>Schritte T</translation>
    </message>
    <message>
        <source>T, the number of noising steps. x_T is practically pure noise. DDPM sampling takes all T steps back; DDIM can skip.</source>
        <translation>T, die Anzahl der Verrauschungsschritte. x_T ist praktisch reines Rauschen. DDPM-Sampling geht alle T Schritte zurück; DDIM kann Schritte überspringen.</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Network width: hidden units of the 2-D MLP, or channels of the U-Net&apos;s first level. &apos;auto&apos; picks {points} for 2-D data and {images} for images.</source>
        <translation>Netzbreite: verborgene Einheiten des 2D-MLP oder Kanäle der ersten Ebene des U-Net. „auto“ wählt {points} für 2D-Daten und {images} für Bilder.</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>Network depth: hidden layers of the MLP, or how many times the U-Net halves the image. &apos;auto&apos; picks {points} for 2-D data and {images} for images.</source>
        <translation>Netztiefe: verborgene Schichten des MLP oder wie oft das U-Net das Bild halbiert. „auto“ wählt {points} für 2D-Daten und {images} für Bilder.</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>Examples per training step, each noised to its own random t. &apos;auto&apos; picks {points} for 2-D data and {images} for images.</source>
        <translation>Beispiele pro Trainingsschritt, jedes mit seinem eigenen zufälligen t verrauscht. „auto“ wählt {points} für 2D-Daten und {images} für Bilder.</translation>
    </message>
    <message>
        <source> &apos;auto&apos; picks a larger rate for 2-D data than for images.</source>
        <translation> „auto“ wählt für 2D-Daten eine größere Rate als für Bilder.</translation>
    </message>
    <message>
        <source>EMA decay</source>
        <translation>EMA-Abklingrate</translation>
    </message>
    <message>
        <source>Samples come from a moving average of the weights (EMA): after each step it moves this little towards the new weights (1 - decay). It smooths out the jitter of single steps.</source>
        <translation>Die Stichproben stammen aus einem gleitenden Mittel der Gewichte (EMA): Nach jedem Schritt rückt es um diesen kleinen Anteil (1 - Abklingrate) an die neuen Gewichte heran. Das glättet das Zittern einzelner Schritte.</translation>
    </message>
    <message>
        <source>Min-SNR weight</source>
        <translation>Min-SNR-Gewichtung</translation>
    </message>
    <message>
        <source>Min-SNR loss weighting (Hang et al. 2023). At low noise the noise is hard to tell from detail in the data and its large, jumpy errors steer training; each timestep&apos;s loss is scaled by min(SNR, gamma) / SNR, where SNR = signal² / noise² and gamma is this value. 0 is the plain loss of Ho et al. 2020. It helps images, but 2-D mixtures learn their sharp modes at low noise. &apos;auto&apos; picks {points} for 2-D data and {images} for images.</source>
        <translation>Min-SNR-Gewichtung des Verlusts (Hang et al. 2023). Bei wenig Rauschen ist das Rauschen kaum von Details der Daten zu unterscheiden, und seine großen, sprunghaften Fehler lenken das Training; der Verlust jedes Zeitschritts wird mit min(SNR, gamma) / SNR skaliert, wobei SNR = Signal² / Rauschen² und gamma dieser Wert ist. 0 ist der einfache Verlust von Ho et al. 2020. Das hilft bei Bildern, aber 2D-Mischungen lernen ihre scharfen Modi gerade bei wenig Rauschen. „auto“ wählt {points} für 2D-Daten und {images} für Bilder.</translation>
    </message>
    <message>
        <source>the starting weights, the batches and their noise</source>
        <translation>der Startgewichte, der Batches und ihres Rauschens</translation>
    </message>
    <message>
        <source>Keep colours</source>
        <translation>Farben behalten</translation>
    </message>
    <message>
        <source>Train a folder of images in colour (three channels) instead of grey.</source>
        <translation>Mit einem Bilderordner in Farbe (drei Kanäle) statt in Graustufen trainieren.</translation>
    </message>
    <message>
        <source>Noise size</source>
        <translation>Rauschdimension</translation>
    </message>
    <message>
        <source>Numbers in each noise vector z, the generator&apos;s only input. With 2 the lab can draw how G bends the noise plane (the warped grid).</source>
        <translation>Anzahl der Zahlen in jedem Rauschvektor z, der einzigen Eingabe des Generators. Bei 2 kann das Labor zeigen, wie G die Rauschebene verbiegt (das verzerrte Gitter).</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>Hidden layers in each network. Deeper can draw sharper shapes but trains slower.</source>
        <translation>Verborgene Schichten in jedem Netz. Tiefere Netze können schärfere Formen zeichnen, trainieren aber langsamer.</translation>
    </message>
    <message>
        <source>Units per hidden layer: the networks&apos; capacity.</source>
        <translation>Einheiten pro verborgener Schicht: die Kapazität der Netze.</translation>
    </message>
    <message>
        <source>G learning rate</source>
        <translation>G-Lernrate</translation>
    </message>
    <message>
        <source>Generator learning rate: how far G moves each update. Too high and the fakes overshoot and swing about; too low and they crawl.</source>
        <translation>Lernrate des Generators: wie weit sich G bei jedem Update bewegt. Zu hoch, und die Fälschungen schießen übers Ziel hinaus und schwanken; zu niedrig, und sie kriechen.</translation>
    </message>
    <message>
        <source>D learning rate</source>
        <translation>D-Lernrate</translation>
    </message>
    <message>
        <source>Discriminator learning rate. A D that learns much faster than G wins the game early and stops teaching G anything.</source>
        <translation>Lernrate des Diskriminators. Ein D, der viel schneller lernt als G, gewinnt das Spiel früh und bringt G nichts mehr bei.</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>How gradients become weight changes. Adam adapts the step size per weight and is the usual choice for GANs; plain SGD oscillates more.</source>
        <translation>Wie aus Gradienten Gewichtsänderungen werden. Adam passt die Schrittweite für jedes Gewicht an und ist bei GANs die übliche Wahl; einfaches SGD schwingt stärker.</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>SGD mit Momentum</translation>
    </message>
    <message>
        <source>D steps per G step</source>
        <translation>D-Schritte pro G-Schritt</translation>
    </message>
    <message>
        <source>Discriminator updates before each generator update. More makes D stronger: a good critic helps G, a perfect one leaves G without a useful gradient.</source>
        <translation>Diskriminator-Updates vor jedem Generator-Update. Mehr macht D stärker: Ein guter Kritiker hilft G, ein perfekter lässt G ohne brauchbaren Gradienten.</translation>
    </message>
    <message>
        <source>D dropout</source>
        <translation>D-Dropout</translation>
    </message>
    <message>
        <source>Share of D&apos;s units switched off at random in each update. On a small image set it stops D from memorising the real images, which would make G give up on whole classes.</source>
        <translation>Anteil der Einheiten von D, die bei jedem Update zufällig abgeschaltet werden. Bei einem kleinen Bilddatensatz verhindert das, dass D die echten Bilder auswendig lernt – sonst würde G ganze Klassen aufgeben.</translation>
    </message>
    <message>
        <source>Real and fake samples in each update.</source>
        <translation>Echte und gefälschte Stichproben in jedem Update.</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>The game&apos;s rules. Minimax is the original formula, but its gradient vanishes when D is sure the fakes are fake; non-saturating fixes that; least squares keeps pulling fakes towards the data even when D is right.</source>
        <translation>Die Spielregeln. Minimax ist die ursprüngliche Formel, aber ihr Gradient verschwindet, wenn D sicher ist, dass die Fälschungen gefälscht sind; „nicht sättigend“ behebt das; „kleinste Quadrate“ zieht die Fälschungen weiter zu den Daten, selbst wenn D richtig liegt.</translation>
    </message>
    <message>
        <source>non-saturating</source>
        <translation>nicht sättigend</translation>
    </message>
    <message>
        <source>G minimises −log D(G(z)): strong gradients even when D wins.</source>
        <translation>G minimiert −log D(G(z)): starke Gradienten, auch wenn D gewinnt.</translation>
    </message>
    <message>
        <source>minimax</source>
        <translation>Minimax</translation>
    </message>
    <message>
        <source>G minimises log(1 − D(G(z))), the original game: flat when D is sure.</source>
        <translation>G minimiert log(1 − D(G(z))), das ursprüngliche Spiel: flach, wenn D sicher ist.</translation>
    </message>
    <message>
        <source>least squares</source>
        <translation>kleinste Quadrate</translation>
    </message>
    <message>
        <source>D regresses real → 1, fake → 0; G pulls its fakes towards 1.</source>
        <translation>D regressiert echt → 1, gefälscht → 0; G zieht seine Fälschungen Richtung 1.</translation>
    </message>
    <message>
        <source>the starting weights, the noise and the batches</source>
        <translation>der Startgewichte, des Rauschens und der Batches</translation>
    </message>
    <message>
        <source>Healthy run</source>
        <translation>Gesunder Lauf</translation>
    </message>
    <message>
        <source>The tug of war stays balanced: D(real) and D(fake) hover around the middle while the fakes spread over every part of the data.</source>
        <translation>Das Tauziehen bleibt ausgeglichen: D(echt) und D(gefälscht) pendeln um die Mitte, während sich die Fälschungen über alle Teile der Daten verteilen.</translation>
    </message>
    <message>
        <source>Mode collapse</source>
        <translation>Moduskollaps</translation>
    </message>
    <message>
        <source>The generator learns far faster than the discriminator can follow: its fakes pile onto one or two modes and hop between them instead of covering all of them.</source>
        <translation>Der Generator lernt viel schneller, als der Diskriminator folgen kann: Seine Fälschungen häufen sich auf einem oder zwei Modi und springen zwischen ihnen hin und her, statt alle abzudecken.</translation>
    </message>
    <message>
        <source>Discriminator wins too fast</source>
        <translation>Diskriminator gewinnt zu schnell</translation>
    </message>
    <message>
        <source>D trains five times per G step with a higher learning rate, and the minimax loss gives G almost no gradient once D is sure: D(real) stays near 0.9 and D(fake) near 0.1, G&apos;s loss lies flat just below 0, and the fakes creep instead of spreading over the modes.</source>
        <translation>D trainiert fünfmal pro G-Schritt mit höherer Lernrate, und der Minimax-Verlust gibt G kaum noch Gradienten, sobald D sicher ist: D(echt) bleibt nahe 0,9 und D(gefälscht) nahe 0,1, der Verlust von G liegt flach knapp unter 0, und die Fälschungen kriechen, statt sich über die Modi zu verteilen.</translation>
    </message>
    <message>
        <source>Learning rate too high</source>
        <translation>Lernrate zu hoch</translation>
    </message>
    <message>
        <source>Every update overshoots: the losses jump about, the heat map flickers and the fakes swing across the plane without settling.</source>
        <translation>Jedes Update schießt übers Ziel hinaus: Die Verluste springen, die Heatmap flackert und die Fälschungen schwanken über die Ebene, ohne zur Ruhe zu kommen.</translation>
    </message>
    <message>
        <source>There is no preset &apos;{name}&apos;; choose one of: {choices}.</source>
        <translation>Es gibt keine Voreinstellung „{name}“; wählen Sie eine von: {choices}.</translation>
    </message>
    <message>
        <source>Modes covered (of {modes})</source>
        <translation>Abgedeckte Modi (von {modes})</translation>
    </message>
    <message>
        <source>D(real) - D(fake)</source>
        <translation>D(echt) - D(gefälscht)</translation>
    </message>
    <message>
        <source>Unstable: the losses jump about instead of settling, as when the learning rates are too high.</source>
        <translation>Instabil: Die Verluste springen, statt sich zu beruhigen, wie bei zu hohen Lernraten.</translation>
    </message>
    <message>
        <source>The discriminator has won: its verdicts on real and fake are {gap:.2f} apart and G&apos;s loss has stopped moving, so G learns almost nothing.</source>
        <translation>Der Diskriminator hat gewonnen: Seine Urteile über echt und gefälscht liegen {gap:.2f} auseinander und der Verlust von G bewegt sich nicht mehr, also lernt G fast nichts.</translation>
    </message>
    <message>
        <source>Mode collapse: the generator covers only {covered} of the {modes} modes and ignores the rest.</source>
        <translation>Moduskollaps: Der Generator deckt nur {covered} der {modes} Modi ab und ignoriert den Rest.</translation>
    </message>
    <message>
        <source>Mode collapse: the fakes have bunched together and no longer vary like the data.</source>
        <translation>Moduskollaps: Die Fälschungen haben sich zusammengeballt und variieren nicht mehr wie die Daten.</translation>
    </message>
    <message>
        <source>1 · Sample noise</source>
        <translation>1 · Rauschen ziehen</translation>
    </message>
    <message>
        <source>2 · G makes fakes</source>
        <translation>2 · G erzeugt Fälschungen</translation>
    </message>
    <message>
        <source>3 · D scores real and fake</source>
        <translation>3 · D bewertet echt und gefälscht</translation>
    </message>
    <message>
        <source>4 · Losses</source>
        <translation>4 · Verluste</translation>
    </message>
    <message>
        <source>5 · Gradients</source>
        <translation>5 · Gradienten</translation>
    </message>
    <message>
        <source>6 · Update</source>
        <translation>6 · Update</translation>
    </message>
    <message>
        <source>Draw {n} random noise vectors z, each a single number from a standard normal distribution. Noise is the generator&apos;s only input: all variety comes from it.</source>
        <translation>Es werden {n} zufällige Rauschvektoren z gezogen, jeder eine einzelne Zahl aus einer Standardnormalverteilung. Rauschen ist die einzige Eingabe des Generators: Alle Vielfalt kommt daher.</translation>
    </message>
    <message>
        <source>Draw {n} random noise vectors z, each {numbers} numbers from a standard normal distribution. Noise is the generator&apos;s only input: all variety comes from it.</source>
        <translation>Es werden {n} zufällige Rauschvektoren z gezogen, jeder aus {numbers} Zahlen aus einer Standardnormalverteilung. Rauschen ist die einzige Eingabe des Generators: Alle Vielfalt kommt daher.</translation>
    </message>
    <message>
        <source>The generator turns every z into a fake point G(z). It has never seen a real point; it only learns from what the discriminator says next.</source>
        <translation>Der Generator macht aus jedem z einen gefälschten Punkt G(z). Er hat nie einen echten Punkt gesehen; er lernt nur aus dem, was der Diskriminator als Nächstes sagt.</translation>
    </message>
    <message>
        <source>The discriminator gives each point a probability of being real: on average {real:.2f} for {n} real points and {fake:.2f} for the fakes.</source>
        <translation>Der Diskriminator gibt jedem Punkt eine Wahrscheinlichkeit, echt zu sein: im Mittel {real:.2f} für {n} echte Punkte und {fake:.2f} für die Fälschungen.</translation>
    </message>
    <message>
        <source>The discriminator gives each point a score of being real (1 = real, 0 = fake): on average {real:.2f} for {n} real points and {fake:.2f} for the fakes.</source>
        <translation>Der Diskriminator gibt jedem Punkt eine Echtheitsbewertung (1 = echt, 0 = gefälscht): im Mittel {real:.2f} für {n} echte Punkte und {fake:.2f} für die Fälschungen.</translation>
    </message>
    <message>
        <source>Backpropagation through D tells every fake which way to change to look more real (the arrows); D&apos;s own gradients say how to tell them apart better.</source>
        <translation>Backpropagation durch D sagt jeder Fälschung, in welche Richtung sie sich ändern muss, um echter auszusehen (die Pfeile); die eigenen Gradienten von D sagen, wie er sie besser unterscheiden kann.</translation>
    </message>
    <message>
        <source>The generator turns every z into a fake image G(z). It has never seen a real image; it only learns from what the discriminator says next.</source>
        <translation>Der Generator macht aus jedem z ein gefälschtes Bild G(z). Er hat nie ein echtes Bild gesehen; er lernt nur aus dem, was der Diskriminator als Nächstes sagt.</translation>
    </message>
    <message>
        <source>The discriminator gives each image a probability of being real: on average {real:.2f} for {n} real images and {fake:.2f} for the fakes.</source>
        <translation>Der Diskriminator gibt jedem Bild eine Wahrscheinlichkeit, echt zu sein: im Mittel {real:.2f} für {n} echte Bilder und {fake:.2f} für die Fälschungen.</translation>
    </message>
    <message>
        <source>The discriminator gives each image a score of being real (1 = real, 0 = fake): on average {real:.2f} for {n} real images and {fake:.2f} for the fakes.</source>
        <translation>Der Diskriminator gibt jedem Bild eine Echtheitsbewertung (1 = echt, 0 = gefälscht): im Mittel {real:.2f} für {n} echte Bilder und {fake:.2f} für die Fälschungen.</translation>
    </message>
    <message>
        <source>Backpropagation through D tells every fake which way to change to look more real (the arrows: brighter or darker pixels); D&apos;s own gradients say how to tell them apart better.</source>
        <translation>Backpropagation durch D sagt jeder Fälschung, in welche Richtung sie sich ändern muss, um echter auszusehen (die Pfeile: hellere oder dunklere Pixel); die eigenen Gradienten von D sagen, wie er sie besser unterscheiden kann.</translation>
    </message>
    <message>
        <source>{optimizer} nudges D&apos;s weights, then G&apos;s (this run repeats the discriminator&apos;s part {d_steps} times per generator update). The same noise now gives these fakes, and D rates them {after:.2f} on average (it was {before:.2f}).</source>
        <translation>{optimizer} verschiebt die Gewichte von D ein wenig, dann die von G (dieser Lauf wiederholt den Teil des Diskriminators {d_steps}-mal pro Generator-Update). Dasselbe Rauschen ergibt nun diese Fälschungen, und D bewertet sie im Mittel mit {after:.2f} (vorher {before:.2f}).</translation>
    </message>
    <message>
        <source>{optimizer} nudges D&apos;s weights, then G&apos;s. The same noise now gives these fakes, and D rates them {after:.2f} on average (it was {before:.2f}).</source>
        <translation>{optimizer} verschiebt die Gewichte von D ein wenig, dann die von G. Dasselbe Rauschen ergibt nun diese Fälschungen, und D bewertet sie im Mittel mit {after:.2f} (vorher {before:.2f}).</translation>
    </message>
    <message>
        <source>D&apos;s loss ({d_loss:.3f}) is small when it tells real from fake; G&apos;s loss {formula} ({g_loss:.3f}) is small when D is fooled. They pull in opposite directions: the tug of war.</source>
        <translation>Der Verlust von D ({d_loss:.3f}) ist klein, wenn er echt und gefälscht unterscheidet; der Verlust von G {formula} ({g_loss:.3f}) ist klein, wenn D getäuscht wird. Sie ziehen in entgegengesetzte Richtungen: das Tauziehen.</translation>
    </message>
    <message>
        <source>Grey levels</source>
        <translation>Graustufen</translation>
    </message>
    <message>
        <source>How many shades of grey a pixel can take: each is one token of the model&apos;s vocabulary. The built-in digits have exactly 17 (0 to 16); other images are rounded to the nearest level, and colour images are turned grey first.</source>
        <translation>Wie viele Grautöne ein Pixel annehmen kann: Jeder ist ein Token im Vokabular des Modells. Die eingebauten Ziffern haben genau 17 (0 bis 16); andere Bilder werden auf die nächste Stufe gerundet, Farbbilder vorher in Graustufen umgewandelt.</translation>
    </message>
    <message>
        <source>Transformer blocks stacked on top of each other.</source>
        <translation>Übereinandergestapelte Transformer-Blöcke.</translation>
    </message>
    <message>
        <source>Heads</source>
        <translation>Köpfe</translation>
    </message>
    <message>
        <source>Attention heads per block: each can look back at different pixels (the one to the left, the one above). The width must divide evenly among them.</source>
        <translation>Aufmerksamkeitsköpfe pro Block: Jeder kann auf andere frühere Pixel schauen (das links daneben, das darüber). Die Breite muss sich gleichmäßig auf sie aufteilen lassen.</translation>
    </message>
    <message>
        <source>Numbers used to represent each pixel inside the model (the width of the residual stream). Wider learns more, but trains slower.</source>
        <translation>Zahlen, mit denen jedes Pixel im Modell dargestellt wird (die Breite des Residualstroms). Breiter lernt mehr, trainiert aber langsamer.</translation>
    </message>
    <message>
        <source>Images per training step; each gives a guess for every one of its pixels.</source>
        <translation>Bilder pro Trainingsschritt; jedes liefert eine Schätzung für jedes seiner Pixel.</translation>
    </message>
    <message>
        <source>the starting weights and of the batches</source>
        <translation>der Startgewichte und der Batches</translation>
    </message>
    <message>
        <source>The width ({width}) must be a multiple of the heads ({heads}).</source>
        <translation>Die Breite ({width}) muss ein Vielfaches der Köpfe ({heads}) sein.</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>{label} cannot be {value}: choose {choices} or {last}.</source>
        <translation>{label} kann nicht {value} sein: Wählen Sie {choices} oder {last}.</translation>
    </message>
    <message>
        <source>{label} must be above {low} and at most {high}, not {value}.</source>
        <translation>{label} muss über {low} und höchstens {high} sein, nicht {value}.</translation>
    </message>
    <message>
        <source>{label} must be from {low} to {high}, not {value}.</source>
        <translation>{label} muss zwischen {low} und {high} liegen, nicht {value}.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>The random seed of {randomness}: the same seed and settings train the same model again.</source>
        <translation>Der Zufalls-Seed {randomness}: Gleicher Seed und gleiche Einstellungen trainieren wieder dasselbe Modell.</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>How big a nudge each step gives the weights ({optimizer}). Too high and the loss jumps about or becomes NaN; too low and learning crawls.{more}</source>
        <translation>Wie stark jeder Schritt die Gewichte anstößt ({optimizer}). Zu hoch, und der Verlust springt oder wird NaN; zu niedrig, und das Lernen kriecht.{more}</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Bildgröße</translation>
    </message>
    <message>
        <source>A folder of your own images is cut to squares of this many pixels a side; the built-in sets keep their own size.</source>
        <translation>Ein Ordner mit eigenen Bildern wird auf Quadrate mit dieser Seitenlänge in Pixeln zugeschnitten; die eingebauten Datensätze behalten ihre eigene Größe.</translation>
    </message>
    <message>
        <source>Training images</source>
        <translation>Trainingsbilder</translation>
    </message>
    <message>
        <source>Train on only this many images of the data set, picked at random with the seed. With very few (16) a model can learn them by heart and hand back copies; with all of them it has to learn what digits have in common.</source>
        <translation>Nur mit so vielen Bildern des Datensatzes trainieren, zufällig mit dem Seed ausgewählt. Mit sehr wenigen (16) kann ein Modell sie auswendig lernen und Kopien zurückgeben; mit allen muss es lernen, was Ziffern gemeinsam haben.</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>How text is cut into tokens, the units the model reads and predicts: whole words (and punctuation), or single characters (a small vocabulary, but longer sequences).</source>
        <translation>Wie Text in Tokens zerlegt wird, die Einheiten, die das Modell liest und vorhersagt: ganze Wörter (und Satzzeichen) oder einzelne Zeichen (kleines Vokabular, aber längere Sequenzen).</translation>
    </message>
    <message>
        <source>words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source>Attention heads per block: each can look for a different pattern. The width must divide evenly among them.</source>
        <translation>Aufmerksamkeitsköpfe pro Block: Jeder kann nach einem anderen Muster suchen. Die Breite muss sich gleichmäßig auf sie aufteilen lassen.</translation>
    </message>
    <message>
        <source>Numbers used to represent each token inside the model (the width of the residual stream). Wider learns more, but trains slower.</source>
        <translation>Zahlen, mit denen jedes Token im Modell dargestellt wird (die Breite des Residualstroms). Breiter lernt mehr, trainiert aber langsamer.</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Context length: how many tokens the model can look back at when predicting the next one.</source>
        <translation>Kontextlänge: auf wie viele Tokens das Modell zurückblicken kann, wenn es das nächste vorhersagt.</translation>
    </message>
    <message>
        <source>Sequences per training step.</source>
        <translation>Sequenzen pro Trainingsschritt.</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>Regularisation: while training, this share of the activations is zeroed at random, so the model cannot lean on any one of them to memorise its text. 0 turns it off.</source>
        <translation>Regularisierung: Beim Training wird dieser Anteil der Aktivierungen zufällig auf null gesetzt, sodass sich das Modell auf keine einzelne stützen kann, um seinen Text auswendig zu lernen. 0 schaltet es aus.</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>Gewichtszerfall</translation>
    </message>
    <message>
        <source>Regularisation: each step pulls every weight a little towards 0 (AdamW), so only weights that help on many sentences stay large. 0 turns it off.</source>
        <translation>Regularisierung: Jeder Schritt zieht jedes Gewicht ein wenig Richtung 0 (AdamW), sodass nur Gewichte groß bleiben, die bei vielen Sätzen helfen. 0 schaltet es aus.</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Divides the model&apos;s scores before they become probabilities: below 1 the favourite gets even more likely; above 1 unlikely tokens get a chance.</source>
        <translation>Teilt die Bewertungen des Modells, bevor sie zu Wahrscheinlichkeiten werden: Unter 1 wird der Favorit noch wahrscheinlicher; über 1 bekommen unwahrscheinliche Tokens eine Chance.</translation>
    </message>
    <message>
        <source>Top-k</source>
        <translation>Top-k</translation>
    </message>
    <message>
        <source>Keep only the k most probable tokens and share their probability out again.</source>
        <translation>Nur die k wahrscheinlichsten Tokens behalten und ihre Wahrscheinlichkeit neu verteilen.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Nucleus sampling: keep the fewest top tokens whose probabilities add up to p.</source>
        <translation>Nucleus-Sampling: die wenigsten Top-Tokens behalten, deren Wahrscheinlichkeiten zusammen p ergeben.</translation>
    </message>
    <message>
        <source>Greedy: always take the top token</source>
        <translation>Greedy: immer das wahrscheinlichste Token nehmen</translation>
    </message>
    <message>
        <source>No randomness: the most probable token every time.</source>
        <translation>Kein Zufall: jedes Mal das wahrscheinlichste Token.</translation>
    </message>
    <message>
        <source>The corpus has only {tokens} tokens: a context length of {block} needs at least {needed}; use a longer text or a shorter context.</source>
        <translation>Der Korpus hat nur {tokens} Tokens: Eine Kontextlänge von {block} braucht mindestens {needed}; nehmen Sie einen längeren Text oder einen kürzeren Kontext.</translation>
    </message>
    <message>
        <source>Training diverged: the loss is no longer a number. Lower the learning rate (now {rate:g}) or press Back to default settings, then New model.</source>
        <translation>Das Training ist divergiert: Der Verlust ist keine Zahl mehr. Senken Sie die Lernrate (jetzt {rate:g}) oder drücken Sie „Auf Standardwerte zurücksetzen“, dann „Neues Modell“.</translation>
    </message>
    <message>
        <source>Training diverged: the loss rose from {first:.1f} to {recent:.0f} nats, because each step overshoots. Lower the learning rate (now {rate:g}) or press Back to default settings, then New model.</source>
        <translation>Das Training ist divergiert: Der Verlust stieg von {first:.1f} auf {recent:.0f} Nat, weil jeder Schritt übers Ziel hinausschießt. Senken Sie die Lernrate (jetzt {rate:g}) oder drücken Sie „Auf Standardwerte zurücksetzen“, dann „Neues Modell“.</translation>
    </message>
    <message>
        <source>The model collapsed onto one token: it predicts &apos;{token}&apos; almost whatever the text. Lower the learning rate (now {rate:g}) or press Back to default settings, then New model.</source>
        <translation>Das Modell ist auf ein Token kollabiert: Es sagt fast unabhängig vom Text „{token}“ vorher. Senken Sie die Lernrate (jetzt {rate:g}) oder drücken Sie „Auf Standardwerte zurücksetzen“, dann „Neues Modell“.</translation>
    </message>
    <message>
        <source>&apos;{token}&apos; is not a single token of this model&apos;s vocabulary.</source>
        <translation>„{token}“ ist kein einzelnes Token im Vokabular dieses Modells.</translation>
    </message>
    <message>
        <source>P(&quot;{token}&quot; | the text)</source>
        <translation>P(„{token}“ | der Text)</translation>
    </message>
    <message>
        <source>Latent size</source>
        <translation>Latente Dimension</translation>
    </message>
    <message>
        <source>How many numbers the encoder squeezes each example into (the code z). With 2 the map shows the latent space itself; with more, the map shows its two main directions (PCA) and the VAE reconstructs better.</source>
        <translation>In wie viele Zahlen der Encoder jedes Beispiel zusammenpresst (der Code z). Bei 2 zeigt die Karte den latenten Raum selbst; bei mehr zeigt sie seine zwei Hauptrichtungen (PCA), und der VAE rekonstruiert besser.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>Fully connected layers see every pixel at once and train fastest on a CPU; convolutions look at small patches and suit larger images.</source>
        <translation>Vollständig verbundene Schichten sehen alle Pixel auf einmal und trainieren auf einer CPU am schnellsten; Faltungen betrachten kleine Ausschnitte und eignen sich für größere Bilder.</translation>
    </message>
    <message>
        <source>fully connected (MLP)</source>
        <translation>vollständig verbunden (MLP)</translation>
    </message>
    <message>
        <source>convolutional (images)</source>
        <translation>Faltungsnetz (Bilder)</translation>
    </message>
    <message>
        <source>Hidden units per layer (MLP) or filters in the first convolution (doubled in the second). Wider fits more detail but trains slower.</source>
        <translation>Verborgene Einheiten pro Schicht (MLP) oder Filter in der ersten Faltung (in der zweiten verdoppelt). Breiter erfasst mehr Details, trainiert aber langsamer.</translation>
    </message>
    <message>
        <source>β (KL weight)</source>
        <translation>β (KL-Gewicht)</translation>
    </message>
    <message>
        <source>The weight of the KL term: 1 is the true evidence lower bound; more pulls every code towards the prior, and it can change while the model trains.</source>
        <translation>Das Gewicht des KL-Terms: 1 ergibt die echte untere Evidenzschranke (ELBO); mehr zieht jeden Code stärker zur Priorverteilung hin. Es lässt sich ändern, während das Modell trainiert.</translation>
    </message>
    <message>
        <source>Examples per training step.</source>
        <translation>Beispiele pro Trainingsschritt.</translation>
    </message>
    <message>
        <source>the starting weights, the batches and the noise of the reparameterisation</source>
        <translation>der Startgewichte, der Batches und des Rauschens der Reparametrisierung</translation>
    </message>
    <message>
        <source>The conv network halves the image twice, so the image size must be a multiple of 4, not {size}.</source>
        <translation>Das Faltungsnetz halbiert das Bild zweimal, deshalb muss die Bildgröße ein Vielfaches von 4 sein, nicht {size}.</translation>
    </message>
    <message>
        <source>every family&apos;s starting weights and batches, and of the training images picked</source>
        <translation>der Startgewichte und Batches jeder Familie sowie der Auswahl der Trainingsbilder</translation>
    </message>
    <message>
        <source>CUDA GPU ({name})</source>
        <translation>CUDA-GPU ({name})</translation>
    </message>
    <message>
        <source>Apple GPU (MPS)</source>
        <translation>Apple-GPU (MPS)</translation>
    </message>
    <message>
        <source>CPU (1 thread)</source>
        <translation>CPU (1 Thread)</translation>
    </message>
    <message>
        <source>CPU ({threads} threads)</source>
        <translation>CPU ({threads} Threads)</translation>
    </message>
    <message>
        <source>Samples that look like digits</source>
        <translation>Stichproben, die wie Ziffern aussehen</translation>
    </message>
    <message>
        <source>{name} is neither a .gif nor an .mp4 file: name the animation FILE.gif or FILE.mp4.</source>
        <translation>{name} ist weder eine .gif- noch eine .mp4-Datei: Nennen Sie die Animation DATEI.gif oder DATEI.mp4.</translation>
    </message>
    <message>
        <source>Writing MP4 needs PyAV, which is not installed: run {command}, or write a .gif.</source>
        <translation>MP4 zu schreiben braucht PyAV, das nicht installiert ist: Führen Sie {command} aus oder schreiben Sie eine .gif-Datei.</translation>
    </message>
    <message>
        <source>There are no frames to write.</source>
        <translation>Es gibt keine Bilder zum Schreiben.</translation>
    </message>
    <message>
        <source>Train for a finite time above 0 seconds, not {seconds}.</source>
        <translation>Trainieren Sie eine endliche Zeit über 0 Sekunden, nicht {seconds}.</translation>
    </message>
    <message>
        <source>Ask for at least 1 sample, not {n}.</source>
        <translation>Fordern Sie mindestens 1 Stichprobe an, nicht {n}.</translation>
    </message>
    <message>
        <source>There is no sample {index} in the grid: pick one of the {count} shown.</source>
        <translation>Im Raster gibt es keine Stichprobe {index}: Wählen Sie eine der {count} gezeigten.</translation>
    </message>
    <message>
        <source>The digit judge needs images shaped (N, H, W); got {shape}.</source>
        <translation>Der Ziffernrichter braucht Bilder der Form (N, H, W); erhalten wurde {shape}.</translation>
    </message>
    <message>
        <source>Samples of {values} values cannot be compared with training images of {training}.</source>
        <translation>Stichproben aus {values} Werten lassen sich nicht mit Trainingsbildern aus {training} Werten vergleichen.</translation>
    </message>
    <message>
        <source>The copy rule needs at least two different training images.</source>
        <translation>Die Kopierregel braucht mindestens zwei verschiedene Trainingsbilder.</translation>
    </message>
    <message>
        <source>Image size must be between {low} and {high} pixels, not {size}.</source>
        <translation>Die Bildgröße muss zwischen {low} und {high} Pixeln liegen, nicht {size}.</translation>
    </message>
    <message>
        <source>Reading your own images needs the Pillow package: pip install pillow.</source>
        <translation>Eigene Bilder zu lesen braucht das Paket Pillow: pip install pillow.</translation>
    </message>
    <message>
        <source>{folder} is one of the system&apos;s folders under /proc or /sys, not a folder of images.</source>
        <translation>{folder} ist einer der Systemordner unter /proc oder /sys, kein Bilderordner.</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} ist kein Ordner.</translation>
    </message>
    <message>
        <source>The folder {folder} holds no PNG or JPEG images.</source>
        <translation>Der Ordner {folder} enthält keine PNG- oder JPEG-Bilder.</translation>
    </message>
    <message>
        <source>The folder {folder} holds {count} images; use at most {most}.</source>
        <translation>Der Ordner {folder} enthält {count} Bilder; verwenden Sie höchstens {most}.</translation>
    </message>
    <message>
        <source>None of the {count} image files in {folder} could be read ({large} of them over {megapixels:g} megapixels).</source>
        <translation>Keine der {count} Bilddateien in {folder} ließ sich lesen ({large} davon über {megapixels:g} Megapixel).</translation>
    </message>
    <message>
        <source>None of the {count} image files in {folder} could be read.</source>
        <translation>Keine der {count} Bilddateien in {folder} ließ sich lesen.</translation>
    </message>
    <message>
        <source>Keeping every frame of {n:,} samples over {steps} steps would hold {millions:,.0f} million numbers, over the limit of {limit:g} million: ask for fewer samples or steps.</source>
        <translation>Jedes Bild von {n:,} Stichproben über {steps} Schritte aufzubewahren, ergäbe {millions:,.0f} Millionen Zahlen, mehr als die Grenze von {limit:g} Millionen: Fordern Sie weniger Stichproben oder Schritte an.</translation>
    </message>
    <message>
        <source>{name} does not match the model its settings describe.</source>
        <translation>{name} passt nicht zu dem Modell, das seine Einstellungen beschreiben.</translation>
    </message>
    <message>
        <source>Unknown sampler &apos;{sampler}&apos;: choose ddpm or ddim.</source>
        <translation>Unbekannter Sampler „{sampler}“: Wählen Sie ddpm oder ddim.</translation>
    </message>
    <message>
        <source>The number of sampling steps must be between 1 and T = {timesteps}, not {steps}.</source>
        <translation>Die Zahl der Sampling-Schritte muss zwischen 1 und T = {timesteps} liegen, nicht {steps}.</translation>
    </message>
    <message>
        <source>Unknown noise schedule &apos;{name}&apos;: choose linear or cosine.</source>
        <translation>Unbekannter Rauschplan „{name}“: Wählen Sie linear oder cosine.</translation>
    </message>
    <message>
        <source>{name} has {count} example: a model needs at least 2 to learn from.</source>
        <translation>{name} hat {count} Beispiel: Ein Modell braucht mindestens 2, um daraus zu lernen.</translation>
    </message>
    <message>
        <source>Real or fake? needs a data set of images.</source>
        <translation>„Echt oder gefälscht?“ braucht einen Datensatz aus Bildern.</translation>
    </message>
    <message>
        <source>The loss became {loss} at step {step}, so training was paused: lower the learning rate and press Reset.</source>
        <translation>Der Verlust wurde bei Schritt {step} zu {loss}, deshalb wurde das Training angehalten: Senken Sie die Lernrate und drücken Sie „Zurücksetzen“.</translation>
    </message>
    <message>
        <source>The loss became {loss} at step {step}: lower the learning rate and try again.</source>
        <translation>Der Verlust wurde bei Schritt {step} zu {loss}: Senken Sie die Lernrate und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>A GAN samples in one step from noise, so it takes no {options} option.</source>
        <translation>Ein GAN erzeugt Stichproben in einem Schritt aus Rauschen und nimmt deshalb keine Option {options}.</translation>
    </message>
    <message>
        <source>{name} does not match the GAN its settings describe.</source>
        <translation>{name} passt nicht zu dem GAN, das seine Einstellungen beschreiben.</translation>
    </message>
    <message>
        <source>That failed because of an unexpected error ({kind}: {error}). Press Reset.</source>
        <translation>Das ist wegen eines unerwarteten Fehlers gescheitert ({kind}: {error}). Drücken Sie „Zurücksetzen“.</translation>
    </message>
    <message>
        <source>The training process stopped unexpectedly (killed by signal {signal}). Press Reset to start again.</source>
        <translation>Der Trainingsprozess wurde unerwartet beendet (durch Signal {signal}). Drücken Sie „Zurücksetzen“, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>The training process stopped unexpectedly (exit status {status}). Press Reset to start again.</source>
        <translation>Der Trainingsprozess wurde unerwartet beendet (Exit-Status {status}). Drücken Sie „Zurücksetzen“, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>There is no model yet: press Reset.</source>
        <translation>Es gibt noch kein Modell: Drücken Sie „Zurücksetzen“.</translation>
    </message>
    <message>
        <source>The {lab} lab has no request called {name}.</source>
        <translation>Das Labor „{lab}“ hat keine Anfrage namens {name}.</translation>
    </message>
    <message>
        <source>The lesson&apos;s {lab} lab has no model file to put in it.</source>
        <translation>Das Labor „{lab}“ der Lektion hat keine Modelldatei, die hineingehört.</translation>
    </message>
    <message>
        <source>The lesson written to {path} did not read back as written.</source>
        <translation>Die nach {path} geschriebene Lektion ließ sich nicht so zurücklesen, wie sie geschrieben wurde.</translation>
    </message>
    <message>
        <source>{name} is not a genviz lesson, or it is damaged or cut short.</source>
        <translation>{name} ist keine genviz-Lektion, oder sie ist beschädigt oder abgeschnitten.</translation>
    </message>
    <message>
        <source>{name} is a zip file but not a genviz lesson: it holds no {manifest}.</source>
        <translation>{name} ist eine ZIP-Datei, aber keine genviz-Lektion: Sie enthält kein {manifest}.</translation>
    </message>
    <message>
        <source>{name} holds {member}, which a lesson may not: a lesson holds only {manifest} and .safetensors model files, with plain names.</source>
        <translation>{name} enthält {member}, was eine Lektion nicht darf: Eine Lektion enthält nur {manifest} und .safetensors-Modelldateien mit einfachen Namen.</translation>
    </message>
    <message>
        <source>{name} holds two members of the same name, which a lesson may not.</source>
        <translation>{name} enthält zwei Einträge mit demselben Namen, was eine Lektion nicht darf.</translation>
    </message>
    <message>
        <source>{name} unpacks to more than {megabytes:g} MB, larger than a lesson may.</source>
        <translation>{name} wird entpackt größer als {megabytes:g} MB, größer als eine Lektion sein darf.</translation>
    </message>
    <message>
        <source>{name} holds {member}, which none of its labs uses.</source>
        <translation>{name} enthält {member}, was keines ihrer Labore verwendet.</translation>
    </message>
    <message>
        <source>{name} names the model file {model} for its {lab} lab but does not hold it.</source>
        <translation>{name} nennt die Modelldatei {model} für ihr Labor „{lab}“, enthält sie aber nicht.</translation>
    </message>
    <message>
        <source>{name} cannot be opened: in its {lab} lab, {reason}</source>
        <translation>{name} lässt sich nicht öffnen. Im Labor „{lab}“: {reason}</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: it is not JSON.</source>
        <translation>{name} hat ein beschädigtes {manifest}: Es ist kein JSON.</translation>
    </message>
    <message>
        <source>{name} is a zip file but not a genviz lesson: its {manifest} is not genviz&apos;s.</source>
        <translation>{name} ist eine ZIP-Datei, aber keine genviz-Lektion: Ihr {manifest} stammt nicht von genviz.</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: its format_version is not a whole number from 1.</source>
        <translation>{name} hat ein beschädigtes {manifest}: format_version ist keine ganze Zahl ab 1.</translation>
    </message>
    <message>
        <source>{name} was written by a newer genviz (lesson format {version}); this one reads format {readable} or older: please update genviz.</source>
        <translation>{name} wurde von einem neueren genviz geschrieben (Lektionsformat {version}); dieses liest Format {readable} oder älter: Bitte aktualisieren Sie genviz.</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: its title is not a line of text.</source>
        <translation>{name} hat ein beschädigtes {manifest}: Der Titel ist keine Textzeile.</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: it names no labs.</source>
        <translation>{name} hat ein beschädigtes {manifest}: Es nennt keine Labore.</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: its steps are not a list of at most {most}.</source>
        <translation>{name} hat ein beschädigtes {manifest}: Die Schritte sind keine Liste von höchstens {most}.</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: {key} is not text of at most {limit:,} characters.</source>
        <translation>{name} hat ein beschädigtes {manifest}: {key} ist kein Text von höchstens {limit:,} Zeichen.</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: it names a lab genviz does not have ({lab}).</source>
        <translation>{name} hat ein beschädigtes {manifest}: Es nennt ein Labor, das genviz nicht hat ({lab}).</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: its {lab} lab&apos;s model is not a plain file name ending in {suffix}.</source>
        <translation>{name} hat ein beschädigtes {manifest}: Das Modell des Labors „{lab}“ ist kein einfacher Dateiname mit der Endung {suffix}.</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: its {lab} lab hides something other than {hideable}.</source>
        <translation>{name} hat ein beschädigtes {manifest}: Das Labor „{lab}“ blendet etwas anderes aus als {hideable}.</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: its {lab} lab&apos;s font_scale is not a number from {low} to {high}.</source>
        <translation>{name} hat ein beschädigtes {manifest}: font_scale des Labors „{lab}“ ist keine Zahl von {low} bis {high}.</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: a step&apos;s lab is not a lab&apos;s name.</source>
        <translation>{name} hat ein beschädigtes {manifest}: Das Labor eines Schritts ist kein Laborname.</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: a step&apos;s timeline step is neither a whole number from 0 nor &quot;{now}&quot;.</source>
        <translation>{name} hat ein beschädigtes {manifest}: Der Zeitleisten-Schritt eines Schritts ist weder eine ganze Zahl ab 0 noch „{now}“.</translation>
    </message>
    <message>
        <source>{name} names a lab twice: a lesson holds one model per lab.</source>
        <translation>{name} nennt ein Labor zweimal: Eine Lektion enthält ein Modell pro Labor.</translation>
    </message>
    <message>
        <source>{name} gives two labs the same model file.</source>
        <translation>{name} gibt zwei Laboren dieselbe Modelldatei.</translation>
    </message>
    <message>
        <source>{name} gives its {lab} lab a prompt, but only the text lab has one.</source>
        <translation>{name} gibt ihrem Labor „{lab}“ einen Prompt, aber nur das Text-Labor hat einen.</translation>
    </message>
    <message>
        <source>{name} says its {lab} lab shows {data}, but its model learnt {learnt}.</source>
        <translation>{name} sagt, ihr Labor „{lab}“ zeige {data}, aber sein Modell hat {learnt} gelernt.</translation>
    </message>
    <message>
        <source>Step {index} of {name} shows the {lab} lab, which the lesson does not hold.</source>
        <translation>Schritt {index} von {name} zeigt das Labor „{lab}“, das die Lektion nicht enthält.</translation>
    </message>
    <message>
        <source>Step {index} of {name} sets a prompt in the {lab} lab, but only the text lab has one.</source>
        <translation>Schritt {index} von {name} setzt einen Prompt im Labor „{lab}“, aber nur das Text-Labor hat einen.</translation>
    </message>
    <message>
        <source>Step {index} of {name} enlarges the panel {panel}, which the {lab} lab does not have: its panels are {panels}.</source>
        <translation>Schritt {index} von {name} vergrößert den Bereich {panel}, den das Labor „{lab}“ nicht hat: Seine Bereiche sind {panels}.</translation>
    </message>
    <message>
        <source>{name} has no steps: begin each step with a line starting with &apos;## &apos;.</source>
        <translation>{name} hat keine Schritte: Beginnen Sie jeden Schritt mit einer Zeile, die mit „## “ anfängt.</translation>
    </message>
    <message>
        <source>{name} shows the {lab} lab in its step {heading}, but no --model is of that lab ({labs}).</source>
        <translation>{name} zeigt das Labor „{lab}“ in ihrem Schritt {heading}, aber kein --model gehört zu diesem Labor ({labs}).</translation>
    </message>
    <message>
        <source>{name} gives the step {heading} the timeline step {step}: write a whole number or now.</source>
        <translation>{name} gibt dem Schritt {heading} den Zeitleisten-Schritt {step}: Schreiben Sie eine ganze Zahl oder now.</translation>
    </message>
    <message>
        <source>{name} enlarges the panel {panel} in its step {heading}, which the {lab} lab does not have: its panels are {panels}.</source>
        <translation>{name} vergrößert den Bereich {panel} in ihrem Schritt {heading}, den das Labor „{lab}“ nicht hat: Seine Bereiche sind {panels}.</translation>
    </message>
    <message>
        <source>{name} has a state line genviz cannot read ({line}): write it as {example}</source>
        <translation>{name} hat eine Zustandszeile, die genviz nicht lesen kann ({line}): Schreiben Sie sie so: {example}</translation>
    </message>
    <message>
        <source>{name} keeps no training timeline (it was saved without its history), so it has no earlier steps.</source>
        <translation>{name} hat keine Trainingszeitleiste (die Datei wurde ohne ihren Verlauf gespeichert) und deshalb keine früheren Schritte.</translation>
    </message>
    <message>
        <source>The model file written to {path} did not read back as written.</source>
        <translation>Die nach {path} geschriebene Modelldatei ließ sich nicht so zurücklesen, wie sie geschrieben wurde.</translation>
    </message>
    <message>
        <source>{name} is not a genviz model file, or it is damaged or cut short.</source>
        <translation>{name} ist keine genviz-Modelldatei, oder sie ist beschädigt oder abgeschnitten.</translation>
    </message>
    <message>
        <source>There is no model file at {path}.</source>
        <translation>Unter {path} gibt es keine Modelldatei.</translation>
    </message>
    <message>
        <source>{name} is a safetensors file but was not written by genviz.</source>
        <translation>{name} ist eine safetensors-Datei, wurde aber nicht von genviz geschrieben.</translation>
    </message>
    <message>
        <source>{name} has damaged genviz metadata.</source>
        <translation>{name} hat beschädigte genviz-Metadaten.</translation>
    </message>
    <message>
        <source>{name} was written by a newer genviz (model format {version}); this one reads format {readable} or older: please update genviz.</source>
        <translation>{name} wurde von einem neueren genviz geschrieben (Modellformat {version}); dieses liest Format {readable} oder älter: Bitte aktualisieren Sie genviz.</translation>
    </message>
    <message>
        <source>{name} holds a kind of model this genviz does not know ({lab}).</source>
        <translation>{name} enthält eine Art von Modell, die dieses genviz nicht kennt ({lab}).</translation>
    </message>
    <message>
        <source>{name} holds a {lab} model, not a {expected} model.</source>
        <translation>{name} enthält ein Modell des Labors „{lab}“, kein Modell des Labors „{expected}“.</translation>
    </message>
    <message>
        <source>{name} has damaged loss curves.</source>
        <translation>{name} hat beschädigte Verlustkurven.</translation>
    </message>
    <message>
        <source>{name} has a damaged tracked quantity.</source>
        <translation>{name} hat eine beschädigte verfolgte Größe.</translation>
    </message>
    <message>
        <source>{name} has a damaged training timeline.</source>
        <translation>{name} hat eine beschädigte Trainingszeitleiste.</translation>
    </message>
    <message>
        <source>{name} cannot be used: the model&apos;s weights are damaged (some are NaN or infinite).</source>
        <translation>{name} ist nicht verwendbar: Die Gewichte des Modells sind beschädigt (einige sind NaN oder unendlich).</translation>
    </message>
    <message>
        <source>{name} has a damaged setting: {setting} is {value}, which is not {kind}.</source>
        <translation>{name} hat eine beschädigte Einstellung: {setting} ist {value}, also nicht {kind}.</translation>
    </message>
    <message>
        <source>{name} has settings genviz cannot use: {reason}</source>
        <translation>{name} hat Einstellungen, die genviz nicht verwenden kann: {reason}</translation>
    </message>
    <message>
        <source>{name} has a damaged step count.</source>
        <translation>{name} hat eine beschädigte Schrittzahl.</translation>
    </message>
    <message>
        <source>A Pixels model draws one pixel at a time, so it takes no {options} option (those are for diffusion models).</source>
        <translation>Ein Pixels-Modell zeichnet ein Pixel nach dem anderen und nimmt deshalb keine Option {options} (die sind für Diffusionsmodelle).</translation>
    </message>
    <message>
        <source>The temperature must be from {low:g} to {high:g}, not {value:g}.</source>
        <translation>Die Temperatur muss zwischen {low:g} und {high:g} liegen, nicht {value:g}.</translation>
    </message>
    <message>
        <source>{name} does not say the size of its images.</source>
        <translation>{name} gibt die Größe seiner Bilder nicht an.</translation>
    </message>
    <message>
        <source>{name} has a damaged image size.</source>
        <translation>{name} hat eine beschädigte Bildgröße.</translation>
    </message>
    <message>
        <source>{name} does not match the Pixels model its settings describe.</source>
        <translation>{name} passt nicht zu dem Pixels-Modell, das seine Einstellungen beschreiben.</translation>
    </message>
    <message>
        <source>The Pixels lab draws images, and {name} is a set of 2-D points: choose the digits, MNIST, Fashion-MNIST or a folder of images.</source>
        <translation>Das Pixels-Labor zeichnet Bilder, und {name} ist ein Satz von 2-D-Punkten: Wählen Sie die Ziffern, MNIST, Fashion-MNIST oder einen Bilderordner.</translation>
    </message>
    <message>
        <source>The data set {name} has fewer than two images: the Pixels lab needs more.</source>
        <translation>Der Datensatz {name} hat weniger als zwei Bilder: Das Pixels-Labor braucht mehr.</translation>
    </message>
    <message>
        <source>{name} draws images of another size than the {height} × {width} images of {data}.</source>
        <translation>{name} zeichnet Bilder einer anderen Größe als die {height} × {width} großen Bilder von {data}.</translation>
    </message>
    <message>
        <source>The Pixels lab reads images of {height} × {width} pixels; these are shaped {shape}.</source>
        <translation>Das Pixels-Labor liest Bilder von {height} × {width} Pixeln; diese haben die Form {shape}.</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a pipe (FIFO)</source>
        <translation>eine Pipe (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>{path} is one of the system&apos;s files under /proc or /sys, not a file genviz can read.</source>
        <translation>{path} ist eine der Systemdateien unter /proc oder /sys, keine Datei, die genviz lesen kann.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>Die Datei {path} existiert nicht.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read ({reason}).</source>
        <translation>Die Datei {path} kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>{path} is {kind}, not a file.</source>
        <translation>{path} ist {kind}, keine Datei.</translation>
    </message>
    <message>
        <source>The file {path} is {size:.1f} MB, larger than the limit of {limit:g} MB.</source>
        <translation>Die Datei {path} ist {size:.1f} MB groß, mehr als die Grenze von {limit:g} MB.</translation>
    </message>
    <message>
        <source>The file {path} is larger than the limit of {limit:g} MB.</source>
        <translation>Die Datei {path} ist größer als die Grenze von {limit:g} MB.</translation>
    </message>
    <message>
        <source>{path} is under /proc or /sys, where genviz never writes.</source>
        <translation>{path} liegt unter /proc oder /sys, wohin genviz nie schreibt.</translation>
    </message>
    <message>
        <source>{path} cannot be written: {folder} is a file, not a folder.</source>
        <translation>{path} kann nicht geschrieben werden: {folder} ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>{path} cannot be written ({reason}).</source>
        <translation>{path} kann nicht geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <source>{path} is a folder: give the name of a file to write.</source>
        <translation>{path} ist ein Ordner: Geben Sie den Namen einer Datei an, die geschrieben werden soll.</translation>
    </message>
    <message>
        <source>{path} is {kind}, which genviz never writes over: give the name of a file.</source>
        <translation>{path} ist {kind}, und genviz überschreibt so etwas nie: Geben Sie den Namen einer Datei an.</translation>
    </message>
    <message>
        <source>{path} is also an input of this command: choose another output file so it is not overwritten.</source>
        <translation>{path} ist auch eine Eingabe dieses Befehls: Wählen Sie eine andere Ausgabedatei, damit sie nicht überschrieben wird.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist: create it first, or choose another output file.</source>
        <translation>Der Ordner {folder} existiert nicht: Legen Sie ihn zuerst an oder wählen Sie eine andere Ausgabedatei.</translation>
    </message>
    <message>
        <source>genviz cannot write in the folder {folder} ({reason}).</source>
        <translation>genviz kann im Ordner {folder} nicht schreiben ({reason}).</translation>
    </message>
    <message>
        <source>{path} could not be written ({reason}); nothing there was changed.</source>
        <translation>{path} konnte nicht geschrieben werden ({reason}); dort wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Temperature must be between {low} and {high:g}, not {value:g}.</source>
        <translation>Die Temperatur muss zwischen {low} und {high:g} liegen, nicht {value:g}.</translation>
    </message>
    <message>
        <source>Top-k must be 0 (off) or a positive number of tokens, not {value}.</source>
        <translation>Top-k muss 0 (aus) oder eine positive Zahl von Tokens sein, nicht {value}.</translation>
    </message>
    <message>
        <source>Top-p must be above 0 and at most 1, not {value:g}.</source>
        <translation>Top-p muss über 0 und höchstens 1 sein, nicht {value:g}.</translation>
    </message>
    <message>
        <source>{name} holds a damaged tokenizer.</source>
        <translation>{name} enthält einen beschädigten Tokenizer.</translation>
    </message>
    <message>
        <source>The tokenizer&apos;s vocabulary is damaged.</source>
        <translation>Das Vokabular des Tokenizers ist beschädigt.</translation>
    </message>
    <message>
        <source>The text has no tokens to learn a vocabulary from.</source>
        <translation>Der Text hat keine Tokens, aus denen sich ein Vokabular lernen ließe.</translation>
    </message>
    <message>
        <source>A vocabulary needs room for at least one token besides {unknown}.</source>
        <translation>Ein Vokabular braucht Platz für mindestens ein Token außer {unknown}.</translation>
    </message>
    <message>
        <source>The saved tokenizer is damaged.</source>
        <translation>Der gespeicherte Tokenizer ist beschädigt.</translation>
    </message>
    <message>
        <source>The saved tokenizer is of an unknown kind ({kind}).</source>
        <translation>Der gespeicherte Tokenizer ist von unbekannter Art ({kind}).</translation>
    </message>
    <message>
        <source>The saved tokenizer was made by a newer genviz; please update genviz to open it.</source>
        <translation>Der gespeicherte Tokenizer stammt von einem neueren genviz; bitte aktualisieren Sie genviz, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>The training timeline does not match this model: its checkpoints hold other weights.</source>
        <translation>Die Trainingszeitleiste passt nicht zu diesem Modell: Ihre Prüfpunkte enthalten andere Gewichte.</translation>
    </message>
    <message>
        <source>Ask for at least one sample, not {n}.</source>
        <translation>Fordern Sie mindestens eine Stichprobe an, nicht {n}.</translation>
    </message>
    <message>
        <source>A VAE samples in one decoding step, so it takes no {options} option (those are for diffusion models).</source>
        <translation>Ein VAE erzeugt Stichproben in einem Dekodierschritt und nimmt deshalb keine Option {options} (die sind für Diffusionsmodelle).</translation>
    </message>
    <message>
        <source>{name} does not match the VAE its settings describe.</source>
        <translation>{name} passt nicht zu dem VAE, das seine Einstellungen beschreiben.</translation>
    </message>
    <message>
        <source>The conv network reads images: choose mlp for the 2-D point sets.</source>
        <translation>Das Faltungsnetz liest Bilder: Wählen Sie mlp für die 2-D-Punktdatensätze.</translation>
    </message>
    <message>
        <source>The data set {name} has fewer than two examples: a VAE needs more.</source>
        <translation>Der Datensatz {name} hat weniger als zwei Beispiele: Ein VAE braucht mehr.</translation>
    </message>
    <message>
        <source>Those examples are not in this data set: pick two points on the latent map again.</source>
        <translation>Diese Beispiele sind nicht in diesem Datensatz: Wählen Sie erneut zwei Punkte auf der latenten Karte.</translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <source>generator (G)</source>
        <translation>Generator (G)</translation>
    </message>
    <message>
        <source>discriminator (D)</source>
        <translation>Diskriminator (D)</translation>
    </message>
    <message>
        <source>nats</source>
        <translation>Nat</translation>
    </message>
    <message>
        <source>reconstruction + β · KL</source>
        <translation>Rekonstruktion + β · KL</translation>
    </message>
    <message>
        <source>nats per example</source>
        <translation>Nat pro Beispiel</translation>
    </message>
    <message>
        <source>noise guess error</source>
        <translation>Fehler der Rauschschätzung</translation>
    </message>
    <message>
        <source>loss (MSE)</source>
        <translation>Verlust (MQF)</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>Kreuzentropie</translation>
    </message>
    <message>
        <source>nats per pixel</source>
        <translation>Nat pro Pixel</translation>
    </message>
    <message>
        <source>The duel: the discriminator&apos;s loss (D, blue: telling real from fake) and the generator&apos;s (G, red: fooling it), in nats. Neither goes to zero while both learn.</source>
        <translation>Das Duell: der Verlust des Diskriminators (D, blau: echt von gefälscht unterscheiden) und der des Generators (G, rot: ihn täuschen), in Nat. Keiner geht auf null, solange beide lernen.</translation>
    </message>
    <message>
        <source>How badly a decoded example matches the real one, plus β times how far its code is from N(0, I): the negative evidence lower bound, in nats per example.</source>
        <translation>Wie schlecht ein dekodiertes Beispiel zum echten passt, plus β mal der Abstand seines Codes von N(0, I): die negative untere Evidenzschranke, in Nat pro Beispiel.</translation>
    </message>
    <message>
        <source>How far the denoiser&apos;s guess of the added noise is from the real noise (mean squared error), at a random noise level each step; the solid line is its moving average.</source>
        <translation>Wie weit die Schätzung des Entrauschers für das hinzugefügte Rauschen vom echten Rauschen entfernt ist (mittlerer quadratischer Fehler, MQF), bei jedem Schritt auf einer zufälligen Rauschstufe; die durchgezogene Linie ist das gleitende Mittel.</translation>
    </message>
    <message>
        <source>How surprised the transformer is by each true pixel, given the pixels before it (cross-entropy in nats per pixel); the solid line is its moving average.</source>
        <translation>Wie überrascht der Transformer von jedem wahren Pixel ist, gegeben die Pixel davor (Kreuzentropie in Nat pro Pixel); die durchgezogene Linie ist das gleitende Mittel.</translation>
    </message>
    <message>
        <source>Samples (fixed seed)</source>
        <translation>Stichproben (fester Seed)</translation>
    </message>
    <message>
        <source>Sixteen samples from the same random numbers every time, so you watch the same samples improve as the family trains. Click one to ask: is it a copy of a training image?</source>
        <translation>Sechzehn Stichproben, jedes Mal aus denselben Zufallszahlen, sodass Sie dieselben Stichproben besser werden sehen, während die Familie trainiert. Klicken Sie eine an und prüfen Sie: Ist sie eine Kopie eines Trainingsbilds?</translation>
    </message>
    <message>
        <source>A grid of sixteen samples of this family, four by four, made from the same random numbers every time.</source>
        <translation>Ein Raster aus sechzehn Stichproben dieser Familie, vier mal vier, jedes Mal aus denselben Zufallszahlen erzeugt.</translation>
    </message>
    <message>
        <source>x₁</source>
        <translation>x₁</translation>
    </message>
    <message>
        <source>x₂</source>
        <translation>x₂</translation>
    </message>
    <message>
        <source>A scatter plot of the family&apos;s points in the plane.</source>
        <translation>Ein Streudiagramm der Punkte der Familie in der Ebene.</translation>
    </message>
    <message>
        <source>The {family} family: {how}</source>
        <translation>Die Familie {family}: {how}</translation>
    </message>
    <message>
        <source>starting its training process…</source>
        <translation>Trainingsprozess wird gestartet…</translation>
    </message>
    <message>
        <source>Training steps so far (weight updates), and how many images it trains on: the same for every family.</source>
        <translation>Bisherige Trainingsschritte (Gewichts-Updates) und mit wie vielen Bildern trainiert wird: für jede Familie gleich.</translation>
    </message>
    <message>
        <source>How this family makes a new sample.</source>
        <translation>Wie diese Familie eine neue Stichprobe erzeugt.</translation>
    </message>
    <message>
        <source>Points from the same random numbers every time. Click one to ask: is it a copy of a training point?</source>
        <translation>Punkte, jedes Mal aus denselben Zufallszahlen. Klicken Sie einen an und prüfen Sie: Ist er eine Kopie eines Trainingspunkts?</translation>
    </message>
    <message>
        <source>How one sample is made, step by step: Play below runs every family&apos;s together. Diffusion removes noise over many steps, Pixels adds one pixel per step, a GAN or VAE makes it in a single pass.</source>
        <translation>Wie eine Stichprobe Schritt für Schritt entsteht: „Abspielen“ unten lässt alle Familien gemeinsam laufen. Diffusion entfernt Rauschen über viele Schritte, Pixel fügt pro Schritt ein Pixel hinzu, ein GAN oder VAE erzeugt sie in einem einzigen Durchgang.</translation>
    </message>
    <message>
        <source>How one is made</source>
        <translation>Wie eine entsteht</translation>
    </message>
    <message>
        <source>One sample of this family as it is being made, at the step the player below shows.</source>
        <translation>Eine Stichprobe dieser Familie im Entstehen, bei dem Schritt, den die Wiedergabe unten zeigt.</translation>
    </message>
    <message>
        <source>How they are made</source>
        <translation>Wie sie entstehen</translation>
    </message>
    <message>
        <source>step — of —</source>
        <translation>Schritt — von —</translation>
    </message>
    <message>
        <source>Network evaluations so far of all this family needs to make a sample: the cost of one sample.</source>
        <translation>Bisherige Netzauswertungen von allen, die diese Familie für eine Stichprobe braucht: die Kosten einer Stichprobe.</translation>
    </message>
    <message>
        <source>Loss: G red, D blue</source>
        <translation>Verlust: G rot, D blau</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <source>A line chart of this family&apos;s training loss against the training step.</source>
        <translation>Ein Liniendiagramm des Trainingsverlusts dieser Familie über dem Trainingsschritt.</translation>
    </message>
    <message>
        <source>starting its session…</source>
        <translation>Sitzung wird gestartet…</translation>
    </message>
    <message>
        <source>stopped: {message}</source>
        <translation>gestoppt: {message}</translation>
    </message>
    <message>
        <source>step {steps} · {count} training points</source>
        <translation>Schritt {steps} · {count} Trainingspunkte</translation>
    </message>
    <message>
        <source>step {steps} · {count} training images</source>
        <translation>Schritt {steps} · {count} Trainingsbilder</translation>
    </message>
    <message>
        <source>step {done} of {steps}: done</source>
        <translation>Schritt {done} von {steps}: fertig</translation>
    </message>
    <message>
        <source>step {done} of {steps}</source>
        <translation>Schritt {done} von {steps}</translation>
    </message>
    <message>
        <source>A new comparison began before the answer came.</source>
        <translation>Ein neuer Vergleich begann, bevor die Antwort kam.</translation>
    </message>
    <message>
        <source>The {family} family is not running: press New comparison.</source>
        <translation>Die Familie {family} läuft nicht: Drücken Sie „Neuer Vergleich“.</translation>
    </message>
    <message>
        <source>The Compare lab trains several models at once: train one in its own lab to save it, or save them all with genviz compare --out FOLDER.</source>
        <translation>Das Vergleichslabor trainiert mehrere Modelle gleichzeitig: Trainieren Sie eines in seinem eigenen Labor, um es zu speichern, oder speichern Sie alle mit genviz compare --out FOLDER.</translation>
    </message>
    <message>
        <source>The Compare lab has no family called {family} running.</source>
        <translation>Im Vergleichslabor läuft keine Familie namens {family}.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>{family}: {message}</source>
        <translation>{family}: {message}</translation>
    </message>
    <message>
        <source>A copy: its nearest training example is at distance {nearest}.</source>
        <translation>Eine Kopie: Das nächste Trainingsbeispiel liegt im Abstand {nearest}.</translation>
    </message>
    <message>
        <source>New: its nearest training example is at distance {nearest}.</source>
        <translation>Neu: Das nächste Trainingsbeispiel liegt im Abstand {nearest}.</translation>
    </message>
    <message>
        <source>A copy: its nearest training example is at distance {nearest}, only {ratio} of the distance to the second nearest ({second}); the rule calls a sample a copy below 1/3.</source>
        <translation>Eine Kopie: Das nächste Trainingsbeispiel liegt im Abstand {nearest}, nur {ratio} des Abstands zum zweitnächsten ({second}); die Regel nennt eine Stichprobe unter 1/3 eine Kopie.</translation>
    </message>
    <message>
        <source>Not a copy: its nearest training example is at distance {nearest}, {ratio} of the distance to the second nearest ({second}); a copy would be below 1/3.</source>
        <translation>Keine Kopie: Das nächste Trainingsbeispiel liegt im Abstand {nearest}, {ratio} des Abstands zum zweitnächsten ({second}); eine Kopie läge unter 1/3.</translation>
    </message>
    <message>
        <source>Click any sample in a family&apos;s grid to set it beside its three nearest training images.</source>
        <translation>Klicken Sie eine beliebige Stichprobe im Raster einer Familie an, um sie neben ihre drei nächsten Trainingsbilder zu stellen.</translation>
    </message>
    <message>
        <source>Is it a copy?</source>
        <translation>Ist es eine Kopie?</translation>
    </message>
    <message>
        <source>An art student who studied 1,000 paintings should paint something that is not a copy of any of them. The same test for a model: is its sample much closer to one training image than to any other?</source>
        <translation>Eine Kunststudentin, die 1000 Gemälde studiert hat, sollte etwas malen, das keine Kopie eines davon ist. Derselbe Test für ein Modell: Liegt seine Stichprobe viel näher an einem Trainingsbild als an allen anderen?</translation>
    </message>
    <message>
        <source>The copy rule (Gu et al. 2023): a sample is a copy when its nearest training image is closer than 1/3 of the distance to the second nearest, in pixel space.</source>
        <translation>Die Kopierregel (Gu et al. 2023): Eine Stichprobe ist eine Kopie, wenn ihr nächstes Trainingsbild näher liegt als 1/3 des Abstands zum zweitnächsten, im Pixelraum.</translation>
    </message>
    <message>
        <source>Sample, then its nearest 3</source>
        <translation>Stichprobe, dann ihre 3 nächsten</translation>
    </message>
    <message>
        <source>Left: the sample you clicked. Right: the three training images closest to it, nearest first, each with its distance in pixel space (the square root of the summed squared differences).</source>
        <translation>Links: die angeklickte Stichprobe. Rechts: die drei Trainingsbilder, die ihr am nächsten sind, das nächste zuerst, jeweils mit dem Abstand im Pixelraum (Wurzel aus der Summe der quadrierten Differenzen).</translation>
    </message>
    <message>
        <source>The sample you clicked, then the three training images nearest to it, each with its distance.</source>
        <translation>Die angeklickte Stichprobe, dann die drei Trainingsbilder, die ihr am nächsten sind, jeweils mit Abstand.</translation>
    </message>
    <message>
        <source>How close to a training image?</source>
        <translation>Wie nah an einem Trainingsbild?</translation>
    </message>
    <message>
        <source>distance in pixel space</source>
        <translation>Abstand im Pixelraum</translation>
    </message>
    <message>
        <source>share of images</source>
        <translation>Anteil der Bilder</translation>
    </message>
    <message>
        <source>How far each sample is from its nearest training image (blue), beside the same for real examples the family never trained on (orange). A family that memorised piles up near 0, left of the real examples; one that learned patterns overlaps them. The dashed line marks the sample you clicked.</source>
        <translation>Wie weit jede Stichprobe von ihrem nächsten Trainingsbild entfernt ist (blau), daneben dasselbe für echte Beispiele, mit denen die Familie nie trainiert hat (orange). Eine Familie, die auswendig gelernt hat, häuft sich nahe 0, links der echten Beispiele; eine, die Muster gelernt hat, überlappt mit ihnen. Die gestrichelte Linie markiert die angeklickte Stichprobe.</translation>
    </message>
    <message>
        <source>Two histograms of the distance to the nearest training image: one for the family&apos;s samples, one for held-out real examples.</source>
        <translation>Zwei Histogramme des Abstands zum nächsten Trainingsbild: eines für die Stichproben der Familie, eines für zurückgehaltene echte Beispiele.</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>Stichproben</translation>
    </message>
    <message>
        <source>held-out real examples</source>
        <translation>zurückgehaltene echte Beispiele</translation>
    </message>
    <message>
        <source>{family}, sample {number}: looking for its nearest training images…</source>
        <translation>{family}, Stichprobe {number}: Suche nach ihren nächsten Trainingsbildern…</translation>
    </message>
    <message>
        <source>{family}, sample {number}. {verdict}</source>
        <translation>{family}, Stichprobe {number}. {verdict}</translation>
    </message>
    <message>
        <source>{family}&apos;s samples</source>
        <translation>Stichproben von {family}</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Make one sample of every family side by side, one network evaluation per tick: see which approach takes how many steps.</source>
        <translation>Von jeder Familie eine Stichprobe nebeneinander erzeugen, eine Netzauswertung pro Takt: So sehen Sie, welcher Ansatz wie viele Schritte braucht.</translation>
    </message>
    <message>
        <source>One network evaluation back.</source>
        <translation>Eine Netzauswertung zurück.</translation>
    </message>
    <message>
        <source>One evaluation back</source>
        <translation>Eine Auswertung zurück</translation>
    </message>
    <message>
        <source>One network evaluation further.</source>
        <translation>Eine Netzauswertung weiter.</translation>
    </message>
    <message>
        <source>One evaluation further</source>
        <translation>Eine Auswertung weiter</translation>
    </message>
    <message>
        <source>Drag to any point of the generation: every family shows how far it has got after this many evaluations of its network.</source>
        <translation>Ziehen Sie an eine beliebige Stelle der Erzeugung: Jede Familie zeigt, wie weit sie nach so vielen Auswertungen ihres Netzes gekommen ist.</translation>
    </message>
    <message>
        <source>Network evaluations shown</source>
        <translation>Angezeigte Netzauswertungen</translation>
    </message>
    <message>
        <source>Network evaluations so far: each is one pass through a family&apos;s network.</source>
        <translation>Bisherige Netzauswertungen: Jede ist ein Durchlauf durch das Netz einer Familie.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>{shown} of {total} evaluations</source>
        <translation>{shown} von {total} Auswertungen</translation>
    </message>
    <message>
        <source>{count} of {total}</source>
        <translation>{count} von {total}</translation>
    </message>
    <message>
        <source>Copies
(samples)</source>
        <translation>Kopien
(Stichproben)</translation>
    </message>
    <message>
        <source>The share of samples that are near-copies of a training image: its nearest training image is closer than a third of the distance to the second nearest, in pixel space (Gu et al. 2023). A model that learned patterns stays near the real examples&apos; share; one that memorised hands back copies.</source>
        <translation>Der Anteil der Stichproben, die Beinahe-Kopien eines Trainingsbilds sind: Ihr nächstes Trainingsbild liegt näher als ein Drittel des Abstands zum zweitnächsten, im Pixelraum (Gu et al. 2023). Ein Modell, das Muster gelernt hat, bleibt nahe am Anteil der echten Beispiele; eines, das auswendig gelernt hat, gibt Kopien zurück.</translation>
    </message>
    <message>
        <source>Copies
(real)</source>
        <translation>Kopien
(echt)</translation>
    </message>
    <message>
        <source>The same copy rule applied to real examples the families never trained on, against the training images: the share a model that makes new images should be near.</source>
        <translation>Dieselbe Kopierregel, angewandt auf echte Beispiele, mit denen die Familien nie trainiert haben, gemessen an den Trainingsbildern: der Anteil, in dessen Nähe ein Modell liegen sollte, das neue Bilder erzeugt.</translation>
    </message>
    <message>
        <source>ms per
sample</source>
        <translation>ms pro
Stichprobe</translation>
    </message>
    <message>
        <source>Milliseconds to make one sample (in a batch, all the samples judged at once) on this machine while the others train: a GAN or VAE makes it in one pass, diffusion and Pixels in many.</source>
        <translation>Millisekunden für ein Bild (im Stapel, alle bewerteten Bilder zugleich) auf diesem Rechner, während die anderen trainieren: ein GAN oder VAE braucht einen Durchlauf, Diffusion und Pixels viele.</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>How many numbers the family&apos;s networks learn.</source>
        <translation>Wie viele Zahlen die Netze der Familie lernen.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Training steps the family had taken when these figures were measured. All train for the same time, so a slower step means fewer of them.</source>
        <translation>Trainingsschritte, die die Familie gemacht hatte, als diese Werte gemessen wurden. Alle trainieren gleich lange, also bedeutet ein langsamerer Schritt weniger davon.</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>How recognisable the samples are: the share that a digit classifier (trained in the app on real digits) names with at least 90% confidence, divided by the same share for real digits it never saw. 1 means as recognisable as real digits.</source>
        <translation>Wie gut erkennbar die Stichproben sind: der Anteil, den ein Ziffernklassifikator (in der App mit echten Ziffern trainiert) mit mindestens 90 % Konfidenz benennt, geteilt durch denselben Anteil für echte Ziffern, die er nie gesehen hat. 1 heißt: so gut erkennbar wie echte Ziffern.</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>How many of the 10 digits make up at least 1% of the confidently named samples: a family that makes only some digits has missed the others.</source>
        <translation>Wie viele der 10 Ziffern mindestens 1 % der sicher benannten Stichproben ausmachen: Eine Familie, die nur einige Ziffern erzeugt, hat die anderen verfehlt.</translation>
    </message>
    <message>
        <source>Evenness</source>
        <translation>Gleichmäßigkeit</translation>
    </message>
    <message>
        <source>How evenly the samples spread over the digits: the entropy of their histogram divided by log 10. 1 when every digit comes out equally often, 0 when only one does.</source>
        <translation>Wie gleichmäßig sich die Stichproben auf die Ziffern verteilen: die Entropie ihres Histogramms geteilt durch log 10. 1, wenn jede Ziffer gleich oft vorkommt, 0, wenn nur eine vorkommt.</translation>
    </message>
    <message>
        <source>Modes
covered</source>
        <translation>Modi
abgedeckt</translation>
    </message>
    <message>
        <source>How many of the data set&apos;s blobs (modes) have samples near them: a family that covers only some has collapsed onto those.</source>
        <translation>Wie viele der Punktwolken (Modi) des Datensatzes Stichproben in ihrer Nähe haben: Eine Familie, die nur einige abdeckt, ist auf diese kollabiert.</translation>
    </message>
    <message>
        <source>Near
a mode</source>
        <translation>Nahe
einem Modus</translation>
    </message>
    <message>
        <source>The share of samples close to one of the blobs: the rest fell between them.</source>
        <translation>Der Anteil der Stichproben nahe einer der Punktwolken: Der Rest fiel zwischen sie.</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Each family trains on the same data, for the same time, with a fair share of the cores.</source>
        <translation>Jede Familie trainiert mit denselben Daten, gleich lange, mit einem fairen Anteil der Prozessorkerne.</translation>
    </message>
    <message>
        <source>Each family&apos;s first figures come some seconds after it starts training, then new ones every few seconds.</source>
        <translation>Die ersten Werte jeder Familie kommen einige Sekunden nach dem Start ihres Trainings, danach alle paar Sekunden neue.</translation>
    </message>
    <message>
        <source>The figures of each family, measured again every few seconds from new samples while they train: rest the mouse on a family&apos;s name for how many. Rest it on a column&apos;s header to read what it means.</source>
        <translation>Die Werte jeder Familie, alle paar Sekunden neu gemessen an neuen Bildern, während sie trainieren: Zeige mit der Maus auf den Namen einer Familie, um zu sehen, wie viele. Zeige auf einen Spaltenkopf, um seine Bedeutung zu lesen.</translation>
    </message>
    <message>
        <source>{tip} These figures: {count} samples, after {steps} training steps.</source>
        <translation>{tip} Diese Werte: {count} Bilder, nach {steps} Trainingsschritten.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Learns patterns (all digits)</source>
        <translation>Lernt Muster (alle Ziffern)</translation>
    </message>
    <message>
        <source>Every family trains on all 1,797 digits, then trains at once. With that many it cannot learn them by heart: watch the copies column stay near the real digits&apos; baseline, and Is it a copy? say New.</source>
        <translation>Alle Familien lernen alle 1797 Ziffern, das Training startet sofort. Bei so vielen können sie sie nicht auswendig lernen: Beobachten Sie, wie die Kopien-Spalte nahe am Wert der echten Ziffern bleibt und „Ist es eine Kopie?“ „Neu“ sagt.</translation>
    </message>
    <message>
        <source>Memorises (16 digits)</source>
        <translation>Lernt auswendig (16 Ziffern)</translation>
    </message>
    <message>
        <source>Every family trains on only 16 digits, then trains at once. With so few, a model can learn each by heart and hand it back: watch the copies column climb, diffusion&apos;s first, and click a sample to see its twin.</source>
        <translation>Alle Familien lernen nur 16 Ziffern, das Training startet sofort. Bei so wenigen kann ein Modell jede auswendig lernen und zurückgeben: Beobachten Sie, wie die Kopien-Spalte steigt, die der Diffusion zuerst, und klicken Sie eine Stichprobe an, um ihren Zwilling zu sehen.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>The data every family learns, the same for all. Open or drop a folder of images to add it here. With a 2-D set the table counts the modes found instead of the digits recognised.</source>
        <translation>Die Daten, die jede Familie lernt, für alle gleich. Öffnen Sie einen Bilderordner oder ziehen Sie ihn hierher, um ihn hinzuzufügen. Bei einem 2D-Datensatz zählt die Tabelle die gefundenen Modi statt der erkannten Ziffern.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Familien</translation>
    </message>
    <message>
        <source>Every setting above back to its default: all four families on all the built-in digits, seed 0. The comparison that is training keeps its settings until you press New comparison.</source>
        <translation>Alle Einstellungen oben zurück auf ihren Standard: alle vier Familien mit allen eingebauten Ziffern, Seed 0. Der laufende Vergleich behält seine Einstellungen, bis Sie „Neuer Vergleich“ drücken.</translation>
    </message>
    <message>
        <source>New comparison</source>
        <translation>Neuer Vergleich</translation>
    </message>
    <message>
        <source>Presets: patterns or copies?</source>
        <translation>Voreinstellungen: Muster oder Kopien?</translation>
    </message>
    <message>
        <source>{how} It draws images pixel by pixel, so it sits out a 2-D set.</source>
        <translation>{how} Es zeichnet Bilder Pixel für Pixel und setzt daher bei einem 2D-Datensatz aus.</translation>
    </message>
    <message>
        <source>Export table as CSV…</source>
        <translation>Tabelle als CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the table&apos;s figures, unrounded, as a CSV file for a spreadsheet.</source>
        <translation>Die Werte der Tabelle ungerundet als CSV-Datei für eine Tabellenkalkulation speichern.</translation>
    </message>
    <message>
        <source>The Compare lab learns from a folder of images: drop the folder that holds {name}, not the file.</source>
        <translation>Das Vergleichslabor lernt aus einem Bilderordner: Ziehen Sie den Ordner hierher, der {name} enthält, nicht die Datei.</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>held-out real points</source>
        <translation>zurückgehaltene echte Punkte</translation>
    </message>
    <message>
        <source>held-out real digits</source>
        <translation>zurückgehaltene echte Ziffern</translation>
    </message>
    <message>
        <source>Export the results table</source>
        <translation>Ergebnistabelle exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>diffusion</name>
    <message>
        <source>t = …</source>
        <translation>t = …</translation>
    </message>
    <message>
        <source>t={t}</source>
        <translation>t={t}</translation>
    </message>
    <message>
        <source>x_t</source>
        <translation>x_t</translation>
    </message>
    <message>
        <source>Forward process: noise added step by step</source>
        <translation>Vorwärtsprozess: Rauschen Schritt für Schritt hinzugefügt</translation>
    </message>
    <message>
        <source>Training never runs this chain step by step: x_t can be made from x_0 in one jump, x_t = sqrt(alpha_bar_t) x_0 + sqrt(1 - alpha_bar_t) noise.</source>
        <translation>Das Training durchläuft diese Kette nie Schritt für Schritt: x_t lässt sich in einem Sprung aus x_0 erzeugen, x_t = sqrt(alpha_bar_t) x_0 + sqrt(1 - alpha_bar_t) Rauschen.</translation>
    </message>
    <message>
        <source>The same training example with more and more noise: x_0 is the data, x_T is practically pure noise. The model learns to undo one bit of this at a time.</source>
        <translation>Dasselbe Trainingsbeispiel mit immer mehr Rauschen: x_0 sind die Daten, x_T ist praktisch reines Rauschen. Das Modell lernt, jeweils ein Stück davon rückgängig zu machen.</translation>
    </message>
    <message>
        <source>x_0 … x_T: one training image</source>
        <translation>x_0 … x_T: ein Trainingsbild</translation>
    </message>
    <message>
        <source>x_0 … x_T: the data set</source>
        <translation>x_0 … x_T: der Datensatz</translation>
    </message>
    <message>
        <source>x_t at the slider&apos;s t. For 2-D data the arrows show what the model has learned so far: the direction it would move a point found there at this noise level (minus its noise guess).</source>
        <translation>x_t beim t des Schiebereglers. Bei 2D-Daten zeigen die Pfeile, was das Modell bisher gelernt hat: die Richtung, in die es einen dort gefundenen Punkt auf dieser Rauschstufe bewegen würde (minus seiner Rauschschätzung).</translation>
    </message>
    <message>
        <source>signal kept √ᾱ_t</source>
        <translation>erhaltenes Signal √ᾱ_t</translation>
    </message>
    <message>
        <source>noise added √(1−ᾱ_t)</source>
        <translation>hinzugefügtes Rauschen √(1−ᾱ_t)</translation>
    </message>
    <message>
        <source>data x_0</source>
        <translation>Daten x_0</translation>
    </message>
    <message>
        <source>where the model would move a point at this t (live)</source>
        <translation>wohin das Modell einen Punkt bei diesem t bewegen würde (live)</translation>
    </message>
    <message>
        <source>Noise schedule</source>
        <translation>Rauschplan</translation>
    </message>
    <message>
        <source>timestep t</source>
        <translation>Zeitschritt t</translation>
    </message>
    <message>
        <source>standard deviation</source>
        <translation>Standardabweichung</translation>
    </message>
    <message>
        <source>How much of x_0 is left in x_t (signal, sqrt(alpha_bar)) and how much noise is in it (sqrt(1 - alpha_bar)). Their squares add up to 1, so x_t keeps the data&apos;s scale.</source>
        <translation>Wie viel von x_0 in x_t übrig ist (Signal, sqrt(alpha_bar)) und wie viel Rauschen darin steckt (sqrt(1 - alpha_bar)). Ihre Quadrate ergeben zusammen 1, sodass x_t die Größenordnung der Daten behält.</translation>
    </message>
    <message>
        <source>Two curves over the timesteps: the share of the data kept, falling from 1, and the noise added, rising to 1; a vertical line marks the slider&apos;s t.</source>
        <translation>Zwei Kurven über den Zeitschritten: der erhaltene Anteil der Daten, von 1 fallend, und das hinzugefügte Rauschen, auf 1 steigend; eine senkrechte Linie markiert das t des Schiebereglers.</translation>
    </message>
    <message>
        <source>Choose t, the noise level shown above and marked on the schedule.</source>
        <translation>t wählen: die oben gezeigte und im Rauschplan markierte Rauschstufe.</translation>
    </message>
    <message>
        <source>Timestep t</source>
        <translation>Zeitschritt t</translation>
    </message>
    <message>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <source>t = {t} of {total}: signal kept {signal}, noise added {noise}</source>
        <translation>t = {t} von {total}: Signal erhalten {signal}, Rauschen hinzugefügt {noise}</translation>
    </message>
    <message>
        <source>x_t at t = {t}</source>
        <translation>x_t bei t = {t}</translation>
    </message>
    <message>
        <source>loss (MSE)</source>
        <translation>Verlust (MQF)</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <source>How far the network&apos;s noise guess is from the noise really added (mean squared error), averaged over a batch whose examples each get a random t (faint line; the solid line is its moving average). Guessing &apos;no noise&apos; scores 1. With Min-SNR weighting on, training weighs the low-noise examples less, but this plot shows the plain error.</source>
        <translation>Wie weit die Rauschschätzung des Netzes vom tatsächlich hinzugefügten Rauschen entfernt ist (mittlerer quadratischer Fehler, MQF), gemittelt über einen Batch, dessen Beispiele jeweils ein zufälliges t bekommen (blasse Linie; die durchgezogene Linie ist das gleitende Mittel). „Kein Rauschen“ zu raten ergibt 1. Mit eingeschalteter Min-SNR-Gewichtung gewichtet das Training die Beispiele mit wenig Rauschen geringer, aber dieses Diagramm zeigt den einfachen Fehler.</translation>
    </message>
    <message>
        <source>The loss of each training batch over the training steps, faint, with its moving average.</source>
        <translation>Der Verlust jedes Trainings-Batches über den Trainingsschritten, blass, mit seinem gleitenden Mittel.</translation>
    </message>
    <message>
        <source>Loss by noise level</source>
        <translation>Verlust nach Rauschstufe</translation>
    </message>
    <message>
        <source>The same error split by noise level. Near t = 0 the noise is tiny and hard to tell from detail in the data; near t = T x_t is almost all noise, so guessing the noise is easy. The middle is where the model learns what the data looks like.</source>
        <translation>Derselbe Fehler, aufgeteilt nach Rauschstufe. Nahe t = 0 ist das Rauschen winzig und kaum von Details der Daten zu unterscheiden; nahe t = T ist x_t fast nur Rauschen, also ist das Rauschen leicht zu schätzen. In der Mitte lernt das Modell, wie die Daten aussehen.</translation>
    </message>
    <message>
        <source>Bars of the recent training loss for each range of timesteps, from t = 0 to T.</source>
        <translation>Balken des jüngsten Trainingsverlusts für jeden Bereich von Zeitschritten, von t = 0 bis T.</translation>
    </message>
    <message>
        <source>x_t: the batch</source>
        <translation>x_t: der Batch</translation>
    </message>
    <message>
        <source>The samples at the current timestep. Frame 0 is pure random noise; each step removes a little of the noise the model sees, until t = 0 leaves the finished samples.</source>
        <translation>Die Stichproben beim aktuellen Zeitschritt. Frame 0 ist reines Zufallsrauschen; jeder Schritt entfernt ein wenig von dem Rauschen, das das Modell sieht, bis bei t = 0 die fertigen Stichproben übrig bleiben.</translation>
    </message>
    <message>
        <source>x̂_0: the model&apos;s guess</source>
        <translation>x̂_0: die Schätzung des Modells</translation>
    </message>
    <message>
        <source>From x_t the model predicts the noise; subtracting it gives a guess of the clean data. At high noise the guess is a blurry average; it sharpens as t falls.</source>
        <translation>Aus x_t sagt das Modell das Rauschen vorher; zieht man es ab, erhält man eine Schätzung der sauberen Daten. Bei starkem Rauschen ist die Schätzung ein verschwommener Durchschnitt; sie wird schärfer, wenn t fällt.</translation>
    </message>
    <message>
        <source>ε̂: the noise it sees</source>
        <translation>ε̂: das Rauschen, das es sieht</translation>
    </message>
    <message>
        <source>The network&apos;s output: the noise it believes was mixed into x_t (grey is zero). A step of the sampler removes part of it. At t = 0 nothing is left.</source>
        <translation>Die Ausgabe des Netzes: das Rauschen, das seiner Meinung nach in x_t gemischt wurde (Grau ist null). Ein Schritt des Samplers entfernt einen Teil davon. Bei t = 0 ist nichts mehr übrig.</translation>
    </message>
    <message>
        <source>Samples appear when the model has started.</source>
        <translation>Stichproben erscheinen, sobald das Modell gestartet ist.</translation>
    </message>
    <message>
        <source>ε̂ at t = 0: no noise left to predict</source>
        <translation>ε̂ bei t = 0: kein Rauschen mehr vorherzusagen</translation>
    </message>
    <message>
        <source>DDIM {steps} steps</source>
        <translation>DDIM {steps} Schritte</translation>
    </message>
    <message>
        <source>DDPM, all T steps</source>
        <translation>DDPM, alle T Schritte</translation>
    </message>
    <message>
        <source>DDPM {steps} steps</source>
        <translation>DDPM {steps} Schritte</translation>
    </message>
    <message>
        <source>Reverse process: from noise to data</source>
        <translation>Rückwärtsprozess: vom Rauschen zu den Daten</translation>
    </message>
    <message>
        <source>DDIM: no randomness, fewer steps</source>
        <translation>DDIM: kein Zufall, weniger Schritte</translation>
    </message>
    <message>
        <source>DDPM: random, all T steps</source>
        <translation>DDPM: zufällig, alle T Schritte</translation>
    </message>
    <message>
        <source>DDPM (Ho et al. 2020) walks back through every one of the T steps and adds a little fresh noise at each. DDIM (Song et al. 2021) adds none, so it can jump over many steps: fewer steps are faster but blurrier. The same seed always starts from the same noise. A change draws new samples at once.</source>
        <translation>DDPM (Ho et al. 2020) geht jeden der T Schritte zurück und fügt bei jedem ein wenig frisches Rauschen hinzu. DDIM (Song et al. 2021) fügt keines hinzu und kann daher viele Schritte überspringen: Weniger Schritte sind schneller, aber unschärfer. Derselbe Seed startet immer vom selben Rauschen. Eine Änderung zieht sofort neue Stichproben.</translation>
    </message>
    <message>
        <source>Sampler</source>
        <translation>Sampling-Verfahren</translation>
    </message>
    <message>
        <source>steps </source>
        <translation>Schritte </translation>
    </message>
    <message>
        <source>How many denoising steps DDIM takes from t = T to 0 (at most T).</source>
        <translation>Wie viele Entrauschungsschritte DDIM von t = T bis 0 macht (höchstens T).</translation>
    </message>
    <message>
        <source>DDIM steps</source>
        <translation>DDIM-Schritte</translation>
    </message>
    <message>
        <source>seed </source>
        <translation>Seed </translation>
    </message>
    <message>
        <source>The seed of the starting noise (and of DDPM&apos;s fresh noise). While training, new samples come from this same noise every few seconds: watch it turn into better samples as the model learns.</source>
        <translation>Der Seed des Startrauschens (und des frischen Rauschens von DDPM). Während des Trainings kommen alle paar Sekunden neue Stichproben aus genau diesem Rauschen: Beobachten Sie, wie daraus bessere Stichproben werden, während das Modell lernt.</translation>
    </message>
    <message>
        <source>Sampling seed</source>
        <translation>Seed der Stichproben</translation>
    </message>
    <message>
        <source>Next seed</source>
        <translation>Nächster Seed</translation>
    </message>
    <message>
        <source>Add one to the seed: new samples from fresh noise.</source>
        <translation>Eins zum Seed addieren: neue Stichproben aus frischem Rauschen.</translation>
    </message>
    <message>
        <source>New samples come by themselves: at once when the sampler, its steps or the seed change, and while training every few seconds, but never taking more than {share} of the training time.</source>
        <translation>Neue Stichproben kommen von selbst: sofort, wenn sich das Sampling-Verfahren, seine Schritte oder der Seed ändern, und während des Trainings alle paar Sekunden, aber nie mehr als {share} der Trainingszeit.</translation>
    </message>
    <message>
        <source>paths so far</source>
        <translation>bisherige Pfade</translation>
    </message>
    <message>
        <source>denoising direction</source>
        <translation>Entrauschungsrichtung</translation>
    </message>
    <message>
        <source>guess x̂_0</source>
        <translation>Schätzung x̂_0</translation>
    </message>
    <message>
        <source>noise guess ε̂</source>
        <translation>Rauschschätzung ε̂</translation>
    </message>
    <message>
        <source>training data</source>
        <translation>Trainingsdaten</translation>
    </message>
    <message>
        <source>Back to frame 0: the pure noise the samples start from.</source>
        <translation>Zurück zu Frame 0: dem reinen Rauschen, von dem die Stichproben ausgehen.</translation>
    </message>
    <message>
        <source>First frame</source>
        <translation>Erster Frame</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>Schritt zurück</translation>
    </message>
    <message>
        <source>One denoising step back: compare a frame with the one before it.</source>
        <translation>Einen Entrauschungsschritt zurück: einen Frame mit dem vorherigen vergleichen.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Play the denoising from the current frame to the end.</source>
        <translation>Das Entrauschen vom aktuellen Frame bis zum Ende abspielen.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>One denoising step forward.</source>
        <translation>Einen Entrauschungsschritt vorwärts.</translation>
    </message>
    <message>
        <source>Jump to the last frame: the finished samples.</source>
        <translation>Zum letzten Frame springen: zu den fertigen Stichproben.</translation>
    </message>
    <message>
        <source>Last frame</source>
        <translation>Letzter Frame</translation>
    </message>
    <message>
        <source>play in </source>
        <translation>abspielen in </translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long Play takes from pure noise to the finished samples, whatever the number of steps: slower to talk the class through it, faster to see it whole.</source>
        <translation>Wie lange „Abspielen“ vom reinen Rauschen bis zu den fertigen Stichproben dauert, unabhängig von der Zahl der Schritte: langsamer, um es der Klasse zu erklären, schneller, um es als Ganzes zu sehen.</translation>
    </message>
    <message>
        <source>Playing time</source>
        <translation>Abspieldauer</translation>
    </message>
    <message>
        <source>Drag through the frames of the reverse process, from noise (left) to samples (right).</source>
        <translation>Durch die Frames des Rückwärtsprozesses ziehen, vom Rauschen (links) zu den Stichproben (rechts).</translation>
    </message>
    <message>
        <source>Frame of the reverse process</source>
        <translation>Frame des Rückwärtsprozesses</translation>
    </message>
    <message>
        <source>{sampler}: denoising…</source>
        <translation>{sampler}: Entrauschen…</translation>
    </message>
    <message>
        <source>new samples every {seconds} s while training</source>
        <translation>neue Stichproben alle {seconds} s während des Trainings</translation>
    </message>
    <message>
        <source>frame {frame} of {last} · t = {t} · {sampler} · seed {seed} · weights of step {step}</source>
        <translation>Frame {frame} von {last} · t = {t} · {sampler} · Seed {seed} · Gewichte von Schritt {step}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Model and data</source>
        <translation>Modell und Daten</translation>
    </message>
    <message>
        <source>What the model learns to create. 2-D point clouds show the whole distribution at once; images show the samples. Open or drop a folder of your own images to add it.</source>
        <translation>Was das Modell erzeugen lernt. 2D-Punktwolken zeigen die ganze Verteilung auf einmal; Bilder zeigen die Stichproben. Öffnen Sie einen Ordner mit eigenen Bildern oder ziehen Sie ihn hierher, um ihn hinzuzufügen.</translation>
    </message>
    <message>
        <source>How many numbers (weights) the network learns.</source>
        <translation>Wie viele Zahlen (Gewichte) das Netz lernt.</translation>
    </message>
    <message>
        <source>The sizes this model was built with, &apos;auto&apos; settings filled in.</source>
        <translation>Die Größen, mit denen dieses Modell gebaut wurde, „auto“-Einstellungen aufgelöst.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Gebaut mit</translation>
    </message>
    <message>
        <source>Put every setting above back to its default. The model keeps training with its own settings until you press New model.</source>
        <translation>Alle Einstellungen oben auf ihren Standard zurücksetzen. Das Modell trainiert mit seinen eigenen Einstellungen weiter, bis Sie „Neues Modell“ drücken.</translation>
    </message>
    <message>
        <source>{count} weights</source>
        <translation>{count} Gewichte</translation>
    </message>
    <message>
        <source>width {width} · depth {depth} · batch {batch} · lr {rate}</source>
        <translation>Breite {width} · Tiefe {depth} · Batch {batch} · LR {rate}</translation>
    </message>
    <message>
        <source>Some of these images are real training images; the diffusion model made the others, each by denoising pure noise step by step. Click the ones you think are fake, then press Reveal.</source>
        <translation>Einige dieser Bilder sind echte Trainingsbilder; die anderen hat das Diffusionsmodell erzeugt, jedes, indem es reines Rauschen Schritt für Schritt entrauscht hat. Klicken Sie die an, die Sie für gefälscht halten, und drücken Sie dann „Auflösen“.</translation>
    </message>
    <message>
        <source>Real or fake?</source>
        <translation>Echt oder gefälscht?</translation>
    </message>
    <message>
        <source>The Diffusion lab learns from a folder of images: open a PNG or JPEG inside it, or drop the folder. {file} is neither.</source>
        <translation>Das Diffusionslabor lernt aus einem Bilderordner: Öffnen Sie darin ein PNG oder JPEG oder ziehen Sie den Ordner hierher. {file} ist beides nicht.</translation>
    </message>
    <message>
        <source>A quiz for the class: 16 images, some real, some made by the model with the reverse process&apos;s sampler and steps. The class picks the fakes; Reveal shows the truth and the score.</source>
        <translation>Ein Quiz für die Klasse: 16 Bilder, einige echt, einige vom Modell mit dem Sampler und den Schritten des Rückwärtsprozesses erzeugt. Die Klasse wählt die Fälschungen aus; „Auflösen“ zeigt die Wahrheit und die Punktzahl.</translation>
    </message>
    <message>
        <source>Real or fake? needs images: choose an image data set (Digits, MNIST, ...) and start a new model with it.</source>
        <translation>„Echt oder gefälscht?“ braucht Bilder: Wählen Sie einen Bilddatensatz (Ziffern, MNIST, ...) und starten Sie damit ein neues Modell.</translation>
    </message>
</context>
<context>
    <name>gan</name>
    <message>
        <source>generator (G)</source>
        <translation>Generator (G)</translation>
    </message>
    <message>
        <source>discriminator (D)</source>
        <translation>Diskriminator (D)</translation>
    </message>
    <message>
        <source>D(real): on real samples</source>
        <translation>D(echt): auf echten Stichproben</translation>
    </message>
    <message>
        <source>D(fake): on the fakes</source>
        <translation>D(gefälscht): auf den Fälschungen</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>Trainingsschritt</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>Verluste</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Each player&apos;s loss. D&apos;s loss is low when it tells real from fake; G&apos;s loss is low when it fools D. In a healthy run neither wins for good: the curves wobble around a balance instead of one diving to zero.</source>
        <translation>Der Verlust jedes Spielers. Der Verlust von D ist niedrig, wenn er echt und gefälscht unterscheidet; der von G ist niedrig, wenn er D täuscht. In einem gesunden Lauf gewinnt keiner endgültig: Die Kurven pendeln um ein Gleichgewicht, statt dass eine auf null abtaucht.</translation>
    </message>
    <message>
        <source>Losses of the generator and the discriminator</source>
        <translation>Verluste von Generator und Diskriminator</translation>
    </message>
    <message>
        <source>Two curves over the training steps: the generator&apos;s loss and the discriminator&apos;s loss.</source>
        <translation>Zwei Kurven über den Trainingsschritten: der Verlust des Generators und der des Diskriminators.</translation>
    </message>
    <message>
        <source>What D says</source>
        <translation>Was D sagt</translation>
    </message>
    <message>
        <source>D&apos;s mean output</source>
        <translation>Mittlere Ausgabe von D</translation>
    </message>
    <message>
        <source>The discriminator&apos;s average verdict (1 = sure it is real, 0 = sure it is fake) on real samples and on the generator&apos;s fakes. When G is perfect D can only guess: both lines meet near 0.5 (the dashed line).</source>
        <translation>Das mittlere Urteil des Diskriminators (1 = sicher echt, 0 = sicher gefälscht) über echte Stichproben und über die Fälschungen des Generators. Ist G perfekt, kann D nur raten: Beide Linien treffen sich nahe 0,5 (gestrichelte Linie).</translation>
    </message>
    <message>
        <source>The discriminator&apos;s verdicts</source>
        <translation>Die Urteile des Diskriminators</translation>
    </message>
    <message>
        <source>Two curves over the training steps, from 0 (fake) to 1 (real): the discriminator&apos;s mean output on real samples and on the fakes, with a dashed line at 0.5.</source>
        <translation>Zwei Kurven über den Trainingsschritten, von 0 (gefälscht) bis 1 (echt): die mittlere Ausgabe des Diskriminators auf echten Stichproben und auf den Fälschungen, mit einer gestrichelten Linie bei 0,5.</translation>
    </message>
    <message>
        <source>Fakes from fixed noise</source>
        <translation>Fälschungen aus festem Rauschen</translation>
    </message>
    <message>
        <source>What the generator makes from 36 noise vectors that never change, so you watch the same fakes sharpen.</source>
        <translation>Was der Generator aus 36 Rauschvektoren macht, die sich nie ändern, sodass Sie dieselben Fälschungen schärfer werden sehen.</translation>
    </message>
    <message>
        <source>Real images</source>
        <translation>Echte Bilder</translation>
    </message>
    <message>
        <source>Real training images, for comparison.</source>
        <translation>Echte Trainingsbilder zum Vergleich.</translation>
    </message>
    <message>
        <source>The first four fakes at earlier steps</source>
        <translation>Die ersten vier Fälschungen bei früheren Schritten</translation>
    </message>
    <message>
        <source>The first four fixed-noise fakes as the generator made them at step 0 and at recent steps (25, 50, 100, 200, ...).</source>
        <translation>Die ersten vier Fälschungen aus festem Rauschen, wie der Generator sie bei Schritt 0 und bei jüngeren Schritten (25, 50, 100, 200, …) erzeugt hat.</translation>
    </message>
    <message>
        <source>Fakes</source>
        <translation>Fälschungen</translation>
    </message>
    <message>
        <source>A grid of 36 images the generator made from fixed noise.</source>
        <translation>Ein Raster aus 36 Bildern, die der Generator aus festem Rauschen erzeugt hat.</translation>
    </message>
    <message>
        <source>A grid of 36 real training images.</source>
        <translation>Ein Raster aus 36 echten Trainingsbildern.</translation>
    </message>
    <message>
        <source>Fakes at earlier steps</source>
        <translation>Fälschungen bei früheren Schritten</translation>
    </message>
    <message>
        <source>The first four fakes at step 0 and at recent steps, left to right, each step captioned.</source>
        <translation>Die ersten vier Fälschungen bei Schritt 0 und bei jüngeren Schritten, von links nach rechts, jeweils mit dem Schritt beschriftet.</translation>
    </message>
    <message>
        <source>Fakes from fixed noise (step {step})</source>
        <translation>Fälschungen aus festem Rauschen (Schritt {step})</translation>
    </message>
    <message>
        <source>step {step}</source>
        <translation>Schritt {step}</translation>
    </message>
    <message>
        <source>The same noise through the updated G</source>
        <translation>Dasselbe Rauschen durch das aktualisierte G</translation>
    </message>
    <message>
        <source>This batch&apos;s fakes</source>
        <translation>Die Fälschungen dieses Batches</translation>
    </message>
    <message>
        <source>Noise z: one row per fake (orange &lt; 0 &lt; blue)</source>
        <translation>Rauschen z: eine Zeile pro Fälschung (orange &lt; 0 &lt; blau)</translation>
    </message>
    <message>
        <source>Gradient: blue = brighten, orange = darken</source>
        <translation>Gradient: blau = aufhellen, orange = abdunkeln</translation>
    </message>
    <message>
        <source>This batch&apos;s real images</source>
        <translation>Die echten Bilder dieses Batches</translation>
    </message>
    <message>
        <source>Real and fake points</source>
        <translation>Echte und gefälschte Punkte</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Blue: real data. Red: the generator&apos;s fakes (always from the same noise, so you watch them move). The background is the discriminator&apos;s verdict on every spot of the plane: blue where it says &apos;real&apos;, orange where it says &apos;fake&apos;, white where it cannot tell.</source>
        <translation>Blau: echte Daten. Rot: die Fälschungen des Generators (immer aus demselben Rauschen, sodass Sie sie wandern sehen). Der Hintergrund ist das Urteil des Diskriminators an jeder Stelle der Ebene: blau, wo er „echt“ sagt, orange, wo er „gefälscht“ sagt, weiß, wo er es nicht unterscheiden kann.</translation>
    </message>
    <message>
        <source>A plane of 2-D points: the real data and the generator&apos;s fakes, over a heat map of the discriminator&apos;s verdict, from fake to real.</source>
        <translation>Eine Ebene mit 2D-Punkten: die echten Daten und die Fälschungen des Generators über einer Heatmap des Diskriminatorurteils, von gefälscht bis echt.</translation>
    </message>
    <message>
        <source>D(x): 0 = fake, 1 = real</source>
        <translation>D(x): 0 = gefälscht, 1 = echt</translation>
    </message>
    <message>
        <source>real data</source>
        <translation>echte Daten</translation>
    </message>
    <message>
        <source>fakes G(z)</source>
        <translation>Fälschungen G(z)</translation>
    </message>
    <message>
        <source>mode centres</source>
        <translation>Modusmitten</translation>
    </message>
    <message>
        <source>where G&apos;s loss pushes fakes</source>
        <translation>wohin der Verlust von G die Fälschungen schiebt</translation>
    </message>
    <message>
        <source>G&apos;s warped noise grid</source>
        <translation>verzerrtes Rauschgitter von G</translation>
    </message>
    <message>
        <source>Your drawing</source>
        <translation>Ihre Zeichnung</translation>
    </message>
    <message>
        <source>Points you draw on the plane with the mouse (tick &apos;Draw your own points&apos;).</source>
        <translation>Punkte, die Sie mit der Maus auf die Ebene zeichnen („Eigene Punkte zeichnen“ ankreuzen).</translation>
    </message>
    <message>
        <source>A preset sets the options above to show a GAN&apos;s typical behaviour, then trains it.</source>
        <translation>Eine Voreinstellung setzt die Optionen oben so, dass sie ein typisches Verhalten eines GAN zeigen, und trainiert es dann.</translation>
    </message>
    <message>
        <source>Model and data</source>
        <translation>Modell und Daten</translation>
    </message>
    <message>
        <source>What the generator learns to imitate. Open or drop a folder of PNG/JPEG images to add it here.</source>
        <translation>Was der Generator nachzuahmen lernt. Öffnen Sie einen Ordner mit PNG/JPEG-Bildern oder ziehen Sie ihn hierher, um ihn hinzuzufügen.</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Fetch the training files once (10 MB for MNIST, 26 MB for Fashion-MNIST), check their SHA-256 checksums and keep them in your cache folder.</source>
        <translation>Die Trainingsdateien einmalig herunterladen (10 MB für MNIST, 26 MB für Fashion-MNIST), ihre SHA-256-Prüfsummen prüfen und sie im Cache-Ordner ablegen.</translation>
    </message>
    <message>
        <source>How many numbers (weights) each network learns.</source>
        <translation>Wie viele Zahlen (Gewichte) jedes Netz lernt.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Every setting back to its default for the chosen data set (the data set stays). The model that is training keeps its settings until you press New GAN.</source>
        <translation>Alle Einstellungen zurück auf den Standard für den gewählten Datensatz (der Datensatz bleibt). Das trainierende Modell behält seine Einstellungen, bis Sie „Neues GAN“ drücken.</translation>
    </message>
    <message>
        <source>New GAN</source>
        <translation>Neues GAN</translation>
    </message>
    <message>
        <source>Presets: failure on purpose</source>
        <translation>Voreinstellungen: Scheitern mit Absicht</translation>
    </message>
    <message>
        <source>Folder: {name}</source>
        <translation>Ordner: {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Watch:&lt;/b&gt; {watch}</source>
        <translation>&lt;b&gt;Beobachten Sie:&lt;/b&gt; {watch}</translation>
    </message>
    <message>
        <source>Press Train (space) to start the duel.</source>
        <translation>Drücken Sie „Trainieren“ (Leertaste), um das Duell zu starten.</translation>
    </message>
    <message>
        <source>1 D update</source>
        <translation>1 D-Update</translation>
    </message>
    <message>
        <source>{count} D updates</source>
        <translation>{count} D-Updates</translation>
    </message>
    <message>
        <source>1 G update</source>
        <translation>1 G-Update</translation>
    </message>
    <message>
        <source>{count} G updates</source>
        <translation>{count} G-Updates</translation>
    </message>
    <message>
        <source>step {step}: {d_updates}, {g_updates}</source>
        <translation>Schritt {step}: {d_updates}, {g_updates}</translation>
    </message>
    <message>
        <source>step {step}: {d_updates}, {g_updates} (by hand, outside the steps: {by_hand_d} D, {by_hand_g} G)</source>
        <translation>Schritt {step}: {d_updates}, {g_updates} (von Hand, außerhalb der Schritte: {by_hand_d} D, {by_hand_g} G)</translation>
    </message>
    <message>
        <source>Some of these images are real training images; the generator made the others. Click the ones you think are fake, then press Reveal: the class plays the discriminator.</source>
        <translation>Einige dieser Bilder sind echte Trainingsbilder; die anderen hat der Generator erzeugt. Klicken Sie die an, die Sie für gefälscht halten, und drücken Sie dann „Auflösen“: Die Klasse spielt den Diskriminator.</translation>
    </message>
    <message>
        <source>Gradient arrows</source>
        <translation>Gradientenpfeile</translation>
    </message>
    <message>
        <source>For 200 of the fakes: the direction the generator&apos;s loss pushes each one, i.e. the way it must move to look more real to D right now.</source>
        <translation>Für 200 der Fälschungen: die Richtung, in die der Verlust des Generators jede schiebt, also wohin sie sich bewegen muss, um für D gerade jetzt echter auszusehen.</translation>
    </message>
    <message>
        <source>Warped grid</source>
        <translation>Verzerrtes Gitter</translation>
    </message>
    <message>
        <source>A square grid of noise vectors (the first two noise numbers) sent through G: how the generator stretches and folds its noise onto the data.</source>
        <translation>Ein quadratisches Gitter aus Rauschvektoren (die ersten beiden Rauschzahlen), durch G geschickt: wie der Generator sein Rauschen auf die Daten dehnt und faltet.</translation>
    </message>
    <message>
        <source>Draw your own points</source>
        <translation>Eigene Punkte zeichnen</translation>
    </message>
    <message>
        <source>Click and drag on the plane to spray points; then press &apos;Train on my drawing&apos;.</source>
        <translation>Klicken und ziehen Sie auf der Ebene, um Punkte zu sprühen; drücken Sie dann „Auf meiner Zeichnung trainieren“.</translation>
    </message>
    <message>
        <source>Clear drawing</source>
        <translation>Zeichnung löschen</translation>
    </message>
    <message>
        <source>Remove the points you drew.</source>
        <translation>Die gezeichneten Punkte entfernen.</translation>
    </message>
    <message>
        <source>Train on my drawing</source>
        <translation>Auf meiner Zeichnung trainieren</translation>
    </message>
    <message>
        <source>Start a new GAN that learns to imitate the points you drew, and train it.</source>
        <translation>Ein neues GAN starten, das die gezeichneten Punkte nachahmen lernt, und es trainieren.</translation>
    </message>
    <message>
        <source>Train D once</source>
        <translation>D einmal trainieren</translation>
    </message>
    <message>
        <source>One discriminator update and nothing else: watch the heat map sharpen against the current fakes while they stay where they are.</source>
        <translation>Ein einziges Diskriminator-Update, sonst nichts: Beobachten Sie, wie die Heatmap gegenüber den aktuellen Fälschungen schärfer wird, während diese bleiben, wo sie sind.</translation>
    </message>
    <message>
        <source>Train G once</source>
        <translation>G einmal trainieren</translation>
    </message>
    <message>
        <source>One generator update and nothing else: the fakes move along their arrows, towards where D currently says &apos;real&apos;.</source>
        <translation>Ein einziges Generator-Update, sonst nichts: Die Fälschungen bewegen sich entlang ihrer Pfeile dorthin, wo D gerade „echt“ sagt.</translation>
    </message>
    <message>
        <source>Real or fake?</source>
        <translation>Echt oder gefälscht?</translation>
    </message>
    <message>
        <source>What the last single update did.</source>
        <translation>Was das letzte einzelne Update bewirkt hat.</translation>
    </message>
    <message>
        <source>D(real), D(fake): the discriminator&apos;s average verdict on real and fake samples. For the Gaussian mixtures: how many modes the fakes cover, and the share of fakes within three standard deviations of a mode centre.</source>
        <translation>D(echt), D(gefälscht): das mittlere Urteil des Diskriminators über echte und gefälschte Stichproben. Bei den Gauß-Mischungen: wie viele Modi die Fälschungen abdecken und der Anteil der Fälschungen innerhalb von drei Standardabweichungen um eine Modusmitte.</translation>
    </message>
    <message>
        <source>What the lab sees going wrong, from the last 1,000 updates. Unstable: the losses jump about (learning rates too high). The discriminator has won: it tells real from fake so surely that G&apos;s loss stops moving. Mode collapse: the generator found a few outputs that fool D and makes only those.</source>
        <translation>Was das Labor an Problemen erkennt, aus den letzten 1000 Updates. Instabil: Die Verluste springen (Lernraten zu hoch). Der Diskriminator hat gewonnen: Er unterscheidet echt und gefälscht so sicher, dass sich der Verlust von G nicht mehr bewegt. Moduskollaps: Der Generator hat einige Ausgaben gefunden, die D täuschen, und erzeugt nur noch diese.</translation>
    </message>
    <message>
        <source>One player at a time</source>
        <translation>Ein Spieler nach dem anderen</translation>
    </message>
    <message>
        <source>D trained once: its loss {loss:.3f}, D(real) {real:.2f}, D(fake) {fake:.2f}.</source>
        <translation>D einmal trainiert: Verlust {loss:.3f}, D(echt) {real:.2f}, D(gefälscht) {fake:.2f}.</translation>
    </message>
    <message>
        <source>G trained once: its loss {loss:.3f}.</source>
        <translation>G einmal trainiert: Verlust {loss:.3f}.</translation>
    </message>
    <message>
        <source>{file} was trained on data this lab cannot find: {error}</source>
        <translation>{file} wurde mit Daten trainiert, die dieses Labor nicht finden kann: {error}</translation>
    </message>
    <message>
        <source>{file} was trained on points drawn by hand, but the file does not hold them.</source>
        <translation>{file} wurde mit von Hand gezeichneten Punkten trainiert, aber die Datei enthält sie nicht.</translation>
    </message>
    <message>
        <source>Folder: {name} ({count} images)</source>
        <translation>Ordner: {name} ({count} Bilder)</translation>
    </message>
    <message>
        <source>A quiz for the class: 16 images, some real, some made by the generator. The class picks the fakes; Reveal shows the truth, the score, and what the discriminator said about each one.</source>
        <translation>Ein Quiz für die Klasse: 16 Bilder, einige echt, einige vom Generator erzeugt. Die Klasse wählt die Fälschungen aus; „Auflösen“ zeigt die Wahrheit, die Punktzahl und was der Diskriminator zu jedem Bild gesagt hat.</translation>
    </message>
    <message>
        <source>Real or fake? needs images: choose an image data set (Digits, MNIST, ...) and start a new model with it.</source>
        <translation>„Echt oder gefälscht?“ braucht Bilder: Wählen Sie einen Bilddatensatz (Ziffern, MNIST, ...) und starten Sie damit ein neues Modell.</translation>
    </message>
    <message>
        <source>G {g} + D {d} weights</source>
        <translation>G {g} + D {d} Gewichte</translation>
    </message>
    <message>
        <source>D(real) {real:.2f} · D(fake) {fake:.2f}</source>
        <translation>D(echt) {real:.2f} · D(gefälscht) {fake:.2f}</translation>
    </message>
    <message>
        <source>modes covered: {covered} of {modes} · {near:.0%} of fakes near a mode</source>
        <translation>Modi abgedeckt: {covered} von {modes} · {near:.0%} der Fälschungen nahe einem Modus</translation>
    </message>
    <message>
        <source>Train on my drawing ({count} points)</source>
        <translation>Auf meiner Zeichnung trainieren ({count} Punkte)</translation>
    </message>
    <message>
        <source>Press Slow-motion update to watch one update of the duel in slow motion.</source>
        <translation>Drücken Sie „Update in Zeitlupe“, um ein Update des Duells in Zeitlupe zu sehen.</translation>
    </message>
    <message>
        <source>Slow motion: one update</source>
        <translation>Zeitlupe: ein Update</translation>
    </message>
    <message>
        <source>Replays one real training update in its six sub-steps. Pause training first for the clearest picture.</source>
        <translation>Spielt ein echtes Trainings-Update in seinen sechs Teilschritten nach. Pausieren Sie vorher das Training, dann ist das Bild am klarsten.</translation>
    </message>
    <message>
        <source>Slow-motion update</source>
        <translation>Update in Zeitlupe</translation>
    </message>
    <message>
        <source>Do one real update (one D step, one G step) and replay it sub-step by sub-step on the picture.</source>
        <translation>Ein echtes Update ausführen (ein D-Schritt, ein G-Schritt) und es Teilschritt für Teilschritt im Bild nachspielen.</translation>
    </message>
    <message>
        <source>Next sub-step ▶</source>
        <translation>Nächster Teilschritt ▶</translation>
    </message>
    <message>
        <source>Go on to the next sub-step.</source>
        <translation>Zum nächsten Teilschritt weitergehen.</translation>
    </message>
    <message>
        <source>Back to live</source>
        <translation>Zurück zur Live-Ansicht</translation>
    </message>
    <message>
        <source>Leave the slow motion and show the live training again.</source>
        <translation>Die Zeitlupe verlassen und wieder das laufende Training zeigen.</translation>
    </message>
    <message>
        <source>Auto-play every</source>
        <translation>Automatisch weiter alle</translation>
    </message>
    <message>
        <source>Move on by itself after the pause on the right; untick to go on with Next.</source>
        <translation>Nach der Pause rechts von selbst weitergehen; Häkchen entfernen, um mit „Nächster Teilschritt“ weiterzugehen.</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>How long each sub-step stays on screen in auto-play.</source>
        <translation>Wie lange jeder Teilschritt beim automatischen Abspielen zu sehen ist.</translation>
    </message>
</context>
<context>
    <name>lab</name>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Every family on the same data at once, side by side: their samples, how each makes one, a results table measured live, and Is it a copy?</source>
        <translation>Alle Familien gleichzeitig mit denselben Daten, nebeneinander: ihre Stichproben, wie jede eine erzeugt, eine live gemessene Ergebnistabelle und „Ist es eine Kopie?“</translation>
    </message>
    <message>
        <source>Diffusion</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <source>Diffusion: a network learns to remove noise a little at a time, then makes new data by denoising pure noise step by step.</source>
        <translation>Diffusion: Ein Netz lernt, Rauschen schrittweise zu entfernen, und erzeugt dann neue Daten, indem es reines Rauschen Schritt für Schritt entrauscht.</translation>
    </message>
    <message>
        <source>GAN</source>
        <translation>GAN</translation>
    </message>
    <message>
        <source>Generative adversarial network: a generator learns to fool a discriminator that learns to tell its fakes from real data.</source>
        <translation>Generatives gegnerisches Netz (GAN): Ein Generator lernt, einen Diskriminator zu täuschen, der lernt, seine Fälschungen von echten Daten zu unterscheiden.</translation>
    </message>
    <message>
        <source>The {lab} lab cannot open {file}.</source>
        <translation>Das Labor „{lab}“ kann {file} nicht öffnen.</translation>
    </message>
    <message>
        <source>The {lab} lab cannot open model files yet.</source>
        <translation>Das Labor „{lab}“ kann noch keine Modelldateien öffnen.</translation>
    </message>
    <message>
        <source>This panel has no curves to save yet.</source>
        <translation>Dieser Bereich hat noch keine Kurven zum Speichern.</translation>
    </message>
    <message>
        <source>curve</source>
        <translation>Kurve</translation>
    </message>
    <message>
        <source>Save picture…</source>
        <translation>Bild speichern…</translation>
    </message>
    <message>
        <source>Save this panel as a PNG image at {scale}x its size on screen, sharp on a slide.</source>
        <translation>Diesen Bereich als PNG-Bild speichern, {scale}-mal so groß wie auf dem Bildschirm, scharf auf einer Folie.</translation>
    </message>
    <message>
        <source>Save curves as CSV…</source>
        <translation>Kurven als CSV speichern…</translation>
    </message>
    <message>
        <source>Save the points of this panel&apos;s curves as a table (curve, step, value) for a spreadsheet.</source>
        <translation>Die Punkte der Kurven dieses Bereichs als Tabelle (Kurve, Schritt, Wert) für eine Tabellenkalkulation speichern.</translation>
    </message>
    <message>
        <source>Record the timeline…</source>
        <translation>Zeitleiste aufnehmen…</translation>
    </message>
    <message>
        <source>Save this panel at every step the lab kept, as an animated GIF (or MP4) for a slide: how the model learnt.</source>
        <translation>Diesen Bereich bei jedem Schritt, den das Labor aufbewahrt hat, als animiertes GIF (oder MP4) für eine Folie speichern: wie das Modell gelernt hat.</translation>
    </message>
    <message>
        <source>Record the timeline</source>
        <translation>Zeitleiste aufnehmen</translation>
    </message>
    <message>
        <source>Animations (*.gif *.mp4)</source>
        <translation>Animationen (*.gif *.mp4)</translation>
    </message>
    <message>
        <source>Save the panel as a picture</source>
        <translation>Bereich als Bild speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Save the curves as a table</source>
        <translation>Kurven als Tabelle speichern</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV-Tabellen (*.csv)</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>Pixel</translation>
    </message>
    <message>
        <source>Autoregressive images: the Text lab&apos;s GPT draws an image one pixel at a time, as if writing a sentence.</source>
        <translation>Autoregressive Bilder: Das GPT des Text-Labors zeichnet ein Bild Pixel für Pixel, als schriebe es einen Satz.</translation>
    </message>
    <message>
        <source>Text (GPT)</source>
        <translation>Text (GPT)</translation>
    </message>
    <message>
        <source>Autoregressive text: a tiny GPT learns to predict the next token.</source>
        <translation>Autoregressiver Text: Ein winziges GPT lernt, das nächste Token vorherzusagen.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>The steps this model kept while it trained: every step at first, then ever further apart. The blue line is the training loss at each; the red line is the quantity named beside it, measured at each kept step.</source>
        <translation>Die Schritte, die dieses Modell beim Training aufbewahrt hat: anfangs jeden Schritt, dann in immer größeren Abständen. Die blaue Linie ist der Trainingsverlust bei jedem davon; die rote Linie ist die daneben genannte Größe, gemessen bei jedem aufbewahrten Schritt.</translation>
    </message>
    <message>
        <source>Drag back (or press the arrow keys) to see every picture of the lab as it was at that step; training goes on meanwhile. The right end (End key) is now.</source>
        <translation>Ziehen Sie zurück (oder drücken Sie die Pfeiltasten), um jedes Bild des Labors so zu sehen, wie es bei diesem Schritt war; das Training läuft derweil weiter. Das rechte Ende (Ende-Taste) ist jetzt.</translation>
    </message>
    <message>
        <source>One quantity measured at every kept step, drawn as the red line on the timeline: watch for the moment the model gets it. In the Text lab, probe a word to follow its probability.</source>
        <translation>Eine Größe, gemessen bei jedem aufbewahrten Schritt und als rote Linie auf der Zeitleiste gezeichnet: Achten Sie auf den Moment, in dem das Modell es begreift. Im Text-Labor können Sie ein Wort testen, um seine Wahrscheinlichkeit zu verfolgen.</translation>
    </message>
    <message>
        <source>Which step the pictures show.</source>
        <translation>Welchen Schritt die Bilder zeigen.</translation>
    </message>
    <message>
        <source>Go live</source>
        <translation>Zur Live-Ansicht</translation>
    </message>
    <message>
        <source>Back to the model as it is now (End).</source>
        <translation>Zurück zum Modell, wie es jetzt ist (Ende).</translation>
    </message>
    <message>
        <source>Train from here</source>
        <translation>Ab hier trainieren</translation>
    </message>
    <message>
        <source>Start training again from the step shown: what the model learnt after it is forgotten.</source>
        <translation>Das Training ab dem gezeigten Schritt neu starten: Was das Modell danach gelernt hat, wird vergessen.</translation>
    </message>
    <message>
        <source>The pictures show step {step:,} of {live:,}: the past, while training goes on. Press End to go live.</source>
        <translation>Die Bilder zeigen Schritt {step:,} von {live:,}: die Vergangenheit, während das Training weiterläuft. Drücken Sie Ende für die Live-Ansicht.</translation>
    </message>
    <message>
        <source>The pictures show step {step:,} of {live:,}: the past. Press End to go live.</source>
        <translation>Die Bilder zeigen Schritt {step:,} von {live:,}: die Vergangenheit. Drücken Sie Ende für die Live-Ansicht.</translation>
    </message>
    <message>
        <source>{name}: {value}</source>
        <translation>{name}: {value}</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <source>Save the timeline as CSV…</source>
        <translation>Zeitleiste als CSV speichern…</translation>
    </message>
    <message>
        <source>Save the timeline as a table</source>
        <translation>Zeitleiste als Tabelle speichern</translation>
    </message>
    <message>
        <source>Full speed</source>
        <translation>Volle Geschwindigkeit</translation>
    </message>
    <message>
        <source>100 steps/s</source>
        <translation>100 Schritte/s</translation>
    </message>
    <message>
        <source>30 steps/s</source>
        <translation>30 Schritte/s</translation>
    </message>
    <message>
        <source>10 steps/s</source>
        <translation>10 Schritte/s</translation>
    </message>
    <message>
        <source>3 steps/s</source>
        <translation>3 Schritte/s</translation>
    </message>
    <message>
        <source>1 step/s</source>
        <translation>1 Schritt/s</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <source>Train (Space): repeat training steps until paused. Each step shows the model a small batch of examples, measures its error (the loss) and nudges every weight to make it smaller.</source>
        <translation>Trainieren (Leertaste): Trainingsschritte wiederholen, bis pausiert wird. Jeder Schritt zeigt dem Modell einen kleinen Batch von Beispielen, misst seinen Fehler (den Verlust) und stößt jedes Gewicht so an, dass der Fehler kleiner wird.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Step (Right arrow): exactly one training step, then pause, so you can see what one update changes.</source>
        <translation>Schritt (Pfeil rechts): genau ein Trainingsschritt, dann Pause, damit Sie sehen, was ein Update verändert.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Reset (Ctrl+R): throw the trained weights away and start again from random ones, with the current settings and seed.</source>
        <translation>Zurücksetzen (Strg+R): die trainierten Gewichte verwerfen und mit zufälligen neu beginnen, mit den aktuellen Einstellungen und dem aktuellen Seed.</translation>
    </message>
    <message>
        <source>Slow training down to watch the model change step by step.</source>
        <translation>Das Training verlangsamen, um dem Modell Schritt für Schritt beim Verändern zuzusehen.</translation>
    </message>
    <message>
        <source>Training speed</source>
        <translation>Trainingsgeschwindigkeit</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Tempo:</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>VAE</source>
        <translation>VAE</translation>
    </message>
    <message>
        <source>Variational autoencoder: squeeze each example into a few numbers, decode it back, and walk the space of codes.</source>
        <translation>Variationeller Autoencoder: jedes Beispiel in wenige Zahlen zusammenpressen, wieder dekodieren und durch den Raum der Codes wandern.</translation>
    </message>
    <message>
        <source>The model that is training was built with the earlier settings. A new model starts from random weights with the settings shown here.</source>
        <translation>Das trainierende Modell wurde mit den früheren Einstellungen gebaut. Ein neues Modell startet mit zufälligen Gewichten und den hier gezeigten Einstellungen.</translation>
    </message>
    <message>
        <source>1 change: press {button} to apply</source>
        <translation>1 Änderung: zum Übernehmen {button} drücken</translation>
    </message>
    <message>
        <source>{count} changes: press {button} to apply</source>
        <translation>{count} Änderungen: zum Übernehmen {button} drücken</translation>
    </message>
    <message>
        <source>New model</source>
        <translation>Neues Modell</translation>
    </message>
    <message>
        <source>{new} with these settings</source>
        <translation>{new} mit diesen Einstellungen</translation>
    </message>
    <message>
        <source>Start again from random weights with the settings above (same as Reset).</source>
        <translation>Mit zufälligen Gewichten und den Einstellungen oben neu beginnen (wie „Zurücksetzen“).</translation>
    </message>
    <message>
        <source>Back to default settings</source>
        <translation>Auf Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <source>Folder: {name}</source>
        <translation>Ordner: {name}</translation>
    </message>
    <message>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>validation (held out)</source>
        <translation>Validierung (zurückgehalten)</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>Trainingsschritt</translation>
    </message>
    <message>
        <source>loss (cross-entropy, nats)</source>
        <translation>Verlust (Kreuzentropie, Nat)</translation>
    </message>
    <message>
        <source>{curve} (smoothed)</source>
        <translation>{curve} (geglättet)</translation>
    </message>
    <message>
        <source>Image {number}</source>
        <translation>Bild {number}</translation>
    </message>
    <message>
        <source>Click if you think the model made this image; click again to take it back.</source>
        <translation>Klicken Sie, wenn Sie glauben, dass das Modell dieses Bild erzeugt hat; ein zweiter Klick nimmt es zurück.</translation>
    </message>
    <message>
        <source>FAKE</source>
        <translation>GEFÄLSCHT</translation>
    </message>
    <message>
        <source>REAL</source>
        <translation>ECHT</translation>
    </message>
    <message>
        <source>fake?</source>
        <translation>gefälscht?</translation>
    </message>
    <message>
        <source>✓ found</source>
        <translation>✓ gefunden</translation>
    </message>
    <message>
        <source>✗ missed</source>
        <translation>✗ übersehen</translation>
    </message>
    <message>
        <source>✗ not a fake</source>
        <translation>✗ keine Fälschung</translation>
    </message>
    <message>
        <source>✓ right</source>
        <translation>✓ richtig</translation>
    </message>
    <message>
        <source>D: {real:.2f} real</source>
        <translation>D: {real:.2f} echt</translation>
    </message>
    <message>
        <source>Real or fake?</source>
        <translation>Echt oder gefälscht?</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Auflösen</translation>
    </message>
    <message>
        <source>Show which images are fake, how many the class found, and what the model&apos;s own judge said.</source>
        <translation>Zeigen, welche Bilder gefälscht sind, wie viele die Klasse gefunden hat und was der eigene Richter des Modells gesagt hat.</translation>
    </message>
    <message>
        <source>Show which images are fake and how many the class found.</source>
        <translation>Zeigen, welche Bilder gefälscht sind und wie viele die Klasse gefunden hat.</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>Neue Runde</translation>
    </message>
    <message>
        <source>Another 16 images, from the model as it is now (or at the step the timeline shows).</source>
        <translation>16 neue Bilder, vom Modell in seinem jetzigen Zustand (oder bei dem Schritt, den die Zeitleiste zeigt).</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Back to the lab&apos;s pictures.</source>
        <translation>Zurück zu den Bildern des Labors.</translation>
    </message>
    <message>
        <source>You found {found} of {fakes} fakes.</source>
        <translation>Gefunden: {found} von {fakes} Fälschungen.</translation>
    </message>
    <message>
        <source>No real image was taken for a fake.</source>
        <translation>Kein echtes Bild wurde für eine Fälschung gehalten.</translation>
    </message>
    <message>
        <source>1 real image was taken for a fake.</source>
        <translation>1 echtes Bild wurde für eine Fälschung gehalten.</translation>
    </message>
    <message>
        <source>{count} real images were taken for fakes.</source>
        <translation>{count} echte Bilder wurden für Fälschungen gehalten.</translation>
    </message>
    <message>
        <source>The class judged {right} of {total} images correctly.</source>
        <translation>Die Klasse hat {right} von {total} Bildern richtig beurteilt.</translation>
    </message>
    <message>
        <source>The fakes came from the model at step {step}.</source>
        <translation>Die Fälschungen stammen vom Modell bei Schritt {step}.</translation>
    </message>
    <message>
        <source>The discriminator (step {step}) judged {right} of {total} correctly: it calls an image real above 0.5.</source>
        <translation>Der Diskriminator (Schritt {step}) hat {right} von {total} richtig beurteilt: Über 0,5 hält er ein Bild für echt.</translation>
    </message>
    <message>
        <source>The class beat the discriminator.</source>
        <translation>Die Klasse hat den Diskriminator geschlagen.</translation>
    </message>
    <message>
        <source>The discriminator beat the class.</source>
        <translation>Der Diskriminator hat die Klasse geschlagen.</translation>
    </message>
    <message>
        <source>The class and the discriminator tie.</source>
        <translation>Unentschieden zwischen Klasse und Diskriminator.</translation>
    </message>
    <message>
        <source>Picked as fake: {count} of {total}. Press Reveal when the class has decided.</source>
        <translation>Als gefälscht gewählt: {count} von {total}. Drücken Sie „Auflösen“, wenn die Klasse sich entschieden hat.</translation>
    </message>
    <message>
        <source>Double-click to enlarge this panel; Esc brings every panel back.</source>
        <translation>Doppelklick vergrößert diesen Bereich; Esc holt alle Bereiche zurück.</translation>
    </message>
    <message>
        <source>Saving the model and its timeline…</source>
        <translation>Modell und Zeitleiste werden gespeichert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Drawing each kept step of the timeline…</source>
        <translation>Jeder aufbewahrte Schritt der Zeitleiste wird gezeichnet…</translation>
    </message>
    <message>
        <source>Writing the frames to {file}…</source>
        <translation>Die Frames werden in {file} geschrieben…</translation>
    </message>
    <message>
        <source>Recording cancelled: nothing was written.</source>
        <translation>Aufnahme abgebrochen: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Saved the recording to {path}.</source>
        <translation>Aufnahme gespeichert unter {path}.</translation>
    </message>
    <message>
        <source>The recording failed.</source>
        <translation>Die Aufnahme ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>lesson</name>
    <message>
        <source>The lesson&apos;s title.</source>
        <translation>Der Titel der Lektion.</translation>
    </message>
    <message>
        <source>Which step of the lesson this is. PageDown and PageUp (a presentation clicker&apos;s keys) go to the next and previous step.</source>
        <translation>Welcher Schritt der Lektion das ist. Bild ab und Bild auf (die Tasten eines Präsentations-Klickers) gehen zum nächsten und vorigen Schritt.</translation>
    </message>
    <message>
        <source>What the teacher wants the class to look at, or to predict, in this step.</source>
        <translation>Was die Klasse nach dem Willen der Lehrkraft in diesem Schritt ansehen oder vorhersagen soll.</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>The previous step of the lesson (PageUp).</source>
        <translation>Der vorige Schritt der Lektion (Bild auf).</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>The next step of the lesson (PageDown).</source>
        <translation>Der nächste Schritt der Lektion (Bild ab).</translation>
    </message>
    <message>
        <source>Close lesson</source>
        <translation>Lektion schließen</translation>
    </message>
    <message>
        <source>Close the lesson: every control it hid comes back; the labs keep its models.</source>
        <translation>Die Lektion schließen: Alle Bedienelemente, die sie ausgeblendet hat, kommen zurück; die Labore behalten ihre Modelle.</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Schritt {number} von {count}</translation>
    </message>
    <message>
        <source>The screen is blank: press any key to bring the lesson back.</source>
        <translation>Der Bildschirm ist schwarz: Drücken Sie eine beliebige Taste, um die Lektion zurückzuholen.</translation>
    </message>
    <message>
        <source>Blank screen</source>
        <translation>Bildschirm schwarz</translation>
    </message>
    <message>
        <source>The settings column</source>
        <translation>Die Spalte mit den Einstellungen</translation>
    </message>
    <message>
        <source>The Train, Step and Reset bar</source>
        <translation>Die Leiste mit Trainieren, Schritt und Zurücksetzen</translation>
    </message>
    <message>
        <source>The timeline slider</source>
        <translation>Der Schieberegler der Zeitleiste</translation>
    </message>
    <message>
        <source>The lab tabs</source>
        <translation>Die Reiter der Labore</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>Lektion speichern</translation>
    </message>
    <message>
        <source>For example: From noise to digits</source>
        <translation>Zum Beispiel: Vom Rauschen zu Ziffern</translation>
    </message>
    <message>
        <source>Hide from the class</source>
        <translation>Vor der Klasse ausblenden</translation>
    </message>
    <message>
        <source>Ticked controls stay hidden while the lesson is open, in presenter mode too, and come back when it is closed.</source>
        <translation>Angehakte Bedienelemente bleiben ausgeblendet, solange die Lektion geöffnet ist, auch im Präsentationsmodus, und kommen zurück, wenn sie geschlossen wird.</translation>
    </message>
    <message>
        <source>The lesson&apos;s title, as the class will see it:</source>
        <translation>Der Titel der Lektion, wie die Klasse ihn sehen wird:</translation>
    </message>
    <message>
        <source>Train a model first: a lesson holds the labs&apos; trained models, and none has trained yet.</source>
        <translation>Trainieren Sie zuerst ein Modell: Eine Lektion enthält die trainierten Modelle der Labore, und noch keines hat trainiert.</translation>
    </message>
</context>
<context>
    <name>pixels</name>
    <message>
        <source>The image so far</source>
        <translation>Das bisherige Bild</translation>
    </message>
    <message>
        <source>The model draws the image one pixel at a time, row by row from the top left, each from its guess given every pixel before it. The framed pixel is the one it guesses now; the pale blue check marks pixels not drawn yet.</source>
        <translation>Das Modell zeichnet das Bild Pixel für Pixel, Zeile für Zeile von oben links, jedes aus seiner Schätzung anhand aller vorherigen Pixel. Das umrahmte Pixel ist das, das es gerade schätzt; das hellblaue Karomuster markiert noch nicht gezeichnete Pixel.</translation>
    </message>
    <message>
        <source>The image being drawn pixel by pixel: the pixels drawn so far in grey, the ones still to come in a pale blue check, and a frame around the pixel the model guesses next.</source>
        <translation>Das Bild, das Pixel für Pixel gezeichnet wird: die bisher gezeichneten Pixel in Grau, die noch fehlenden in hellblauem Karomuster und ein Rahmen um das Pixel, das das Modell als Nächstes schätzt.</translation>
    </message>
    <message>
        <source>Train the model to see its guess for the next pixel.</source>
        <translation>Trainieren Sie das Modell, um seine Schätzung für das nächste Pixel zu sehen.</translation>
    </message>
    <message>
        <source>The model&apos;s guess for the grey level of the next pixel, given every pixel drawn before it. Each bar stands on a swatch of its grey. Pale bars: the model&apos;s own probabilities; solid bars: after the temperature. Click a bar to force that grey for the next pixel.</source>
        <translation>Die Schätzung des Modells für die Graustufe des nächsten Pixels, anhand aller davor gezeichneten Pixel. Jeder Balken steht auf einem Farbfeld seines Grautons. Blasse Balken: die eigenen Wahrscheinlichkeiten des Modells; volle Balken: nach der Temperatur. Klicken Sie auf einen Balken, um diesen Grauton für das nächste Pixel zu erzwingen.</translation>
    </message>
    <message>
        <source>Next pixel: the model&apos;s probabilities</source>
        <translation>Nächstes Pixel: die Wahrscheinlichkeiten des Modells</translation>
    </message>
    <message>
        <source>A bar chart with one bar per grey level, black on the left to the lightest on the right: how probable the model finds each grey for the next pixel, before and after the temperature.</source>
        <translation>Ein Balkendiagramm mit einem Balken pro Graustufe, links Schwarz bis rechts das hellste Grau: wie wahrscheinlich das Modell jeden Grauton für das nächste Pixel findet, vor und nach der Temperatur.</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>after temperature</source>
        <translation>nach Temperatur</translation>
    </message>
    <message>
        <source>· grey level under each bar</source>
        <translation>· Graustufe unter jedem Balken</translation>
    </message>
    <message>
        <source>Model and data</source>
        <translation>Modell und Daten</translation>
    </message>
    <message>
        <source>The images the model learns to draw, one pixel at a time. Open or drop a folder of images to add it here; colour images are read in grey.</source>
        <translation>Die Bilder, die das Modell Pixel für Pixel zeichnen lernt. Öffnen Sie einen Bilderordner oder ziehen Sie ihn hierher, um ihn hinzuzufügen; Farbbilder werden in Graustufen gelesen.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>How many numbers (weights) the model learns, and its vocabulary: one token per grey level, and one that starts every image.</source>
        <translation>Wie viele Zahlen (Gewichte) das Modell lernt, und sein Vokabular: ein Token pro Graustufe und eines, das jedes Bild beginnt.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Put every setting above back to its default; New model then builds it.</source>
        <translation>Alle Einstellungen oben auf ihren Standard zurücksetzen; „Neues Modell“ baut es dann.</translation>
    </message>
    <message>
        <source>Samples (seed 0)</source>
        <translation>Stichproben (Seed 0)</translation>
    </message>
    <message>
        <source>Images the model draws, pixel by pixel, from the same random numbers every time (seed 0): while it trains, watch the same samples turn from noise into digits.</source>
        <translation>Bilder, die das Modell Pixel für Pixel zeichnet, jedes Mal aus denselben Zufallszahlen (Seed 0): Beobachten Sie während des Trainings, wie dieselben Stichproben vom Rauschen zu Ziffern werden.</translation>
    </message>
    <message>
        <source>A grid of images the model draws from the same random numbers every time.</source>
        <translation>Ein Raster aus Bildern, die das Modell jedes Mal aus denselben Zufallszahlen zeichnet.</translation>
    </message>
    <message>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>guessing every grey equally</source>
        <translation>jeden Grauton gleich raten</translation>
    </message>
    <message>
        <source>Loss (nats per pixel)</source>
        <translation>Verlust (Nat pro Pixel)</translation>
    </message>
    <message>
        <source>nats per pixel</source>
        <translation>Nat pro Pixel</translation>
    </message>
    <message>
        <source>Cross-entropy: how surprised the model is by each true pixel of the training images, given the pixels before it, as the Text lab&apos;s loss is for the next token. The grey line is a model that gives every grey level the same probability: log(levels) nats, 2.83 for 17 levels.</source>
        <translation>Kreuzentropie: wie überrascht das Modell von jedem wahren Pixel der Trainingsbilder ist, gegeben die Pixel davor, so wie der Verlust im Text-Labor für das nächste Token. Die graue Linie ist ein Modell, das jeder Graustufe dieselbe Wahrscheinlichkeit gibt: log(Stufen) Nat, 2,83 bei 17 Stufen.</translation>
    </message>
    <message>
        <source>A line chart of the training loss against the training step, beside the flat loss of guessing every grey level equally.</source>
        <translation>Ein Liniendiagramm des Trainingsverlusts über dem Trainingsschritt, neben dem flachen Verlust, wenn jede Graustufe gleich wahrscheinlich geraten wird.</translation>
    </message>
    <message>
        <source>Some of these images are real training images, in the model&apos;s grey levels; the model drew the others pixel by pixel. Click the ones you think are fake, then press Reveal.</source>
        <translation>Einige dieser Bilder sind echte Trainingsbilder, in den Graustufen des Modells; die anderen hat das Modell Pixel für Pixel gezeichnet. Klicken Sie die an, die Sie für gefälscht halten, und drücken Sie dann „Auflösen“.</translation>
    </message>
    <message>
        <source>Drawing pixel by pixel</source>
        <translation>Pixel für Pixel zeichnen</translation>
    </message>
    <message>
        <source>Divides the model&apos;s scores before they become probabilities: below 1 the favourite gets even more likely; above 1 unlikely grey levels get a chance.</source>
        <translation>Teilt die Bewertungen des Modells, bevor sie zu Wahrscheinlichkeiten werden: Unter 1 wird der Favorit noch wahrscheinlicher; über 1 bekommen unwahrscheinliche Graustufen eine Chance.</translation>
    </message>
    <message>
        <source>The seed of the random numbers that pick each pixel&apos;s grey. The same seed, model and temperature draw the same image again; Undo then Step one pixel repeats a draw.</source>
        <translation>Der Seed der Zufallszahlen, die den Grauton jedes Pixels wählen. Gleicher Seed, gleiches Modell und gleiche Temperatur zeichnen wieder dasselbe Bild; „Rückgängig“ und dann „Ein Pixel zeichnen“ wiederholt eine Ziehung.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How long each drawn pixel stays framed, its bar highlighted, before it is added.</source>
        <translation>Wie lange jedes gezogene Pixel umrahmt und sein Balken hervorgehoben bleibt, bevor es hinzugefügt wird.</translation>
    </message>
    <message>
        <source>Sampling seed</source>
        <translation>Seed der Stichproben</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Step one pixel</source>
        <translation>Ein Pixel zeichnen</translation>
    </message>
    <message>
        <source>Draw the framed pixel&apos;s grey from the solid bars and add it to the image.</source>
        <translation>Den Grauton des umrahmten Pixels aus den vollen Balken ziehen und dem Bild hinzufügen.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Remove the last pixel drawn.</source>
        <translation>Das zuletzt gezeichnete Pixel entfernen.</translation>
    </message>
    <message>
        <source>Generate the rest</source>
        <translation>Rest generieren</translation>
    </message>
    <message>
        <source>Draw every pixel still missing, one at a time. While it draws, the button reads Stop.</source>
        <translation>Jedes noch fehlende Pixel zeichnen, eines nach dem anderen. Während gezeichnet wird, heißt der Knopf „Stoppen“.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Remove every pixel and start a new image.</source>
        <translation>Alle Pixel entfernen und ein neues Bild beginnen.</translation>
    </message>
    <message>
        <source>Half a real image</source>
        <translation>Halbes echtes Bild</translation>
    </message>
    <message>
        <source>Start again from the first half of a real training image, row by row, another one each time: the model draws the rest. Does it finish the picture the way the real one goes on?</source>
        <translation>Neu beginnen mit der ersten Hälfte eines echten Trainingsbilds, Zeile für Zeile, jedes Mal einem anderen: Das Modell zeichnet den Rest. Vollendet es das Bild so, wie das echte weitergeht?</translation>
    </message>
    <message>
        <source>Real or fake?</source>
        <translation>Echt oder gefälscht?</translation>
    </message>
    <message>
        <source>Click a bar to force that grey for the framed pixel.</source>
        <translation>Klicken Sie auf einen Balken, um diesen Grauton für das umrahmte Pixel zu erzwingen.</translation>
    </message>
    <message>
        <source>{weights} weights · {levels} grey levels + 1 start token</source>
        <translation>{weights} Gewichte · {levels} Graustufen + 1 Start-Token</translation>
    </message>
    <message>
        <source>The Pixels lab learns from a folder of images: drop the folder that holds {name}, not the file.</source>
        <translation>Das Pixel-Labor lernt aus einem Bilderordner: Ziehen Sie den Ordner hierher, der {name} enthält, nicht die Datei.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>The image is complete: press Undo or Clear.</source>
        <translation>Das Bild ist vollständig: Drücken Sie „Rückgängig“ oder „Leeren“.</translation>
    </message>
    <message>
        <source>Waiting for the model&apos;s guess…</source>
        <translation>Warte auf die Schätzung des Modells…</translation>
    </message>
    <message>
        <source>Pixel {pixel} of {total} (row {row}, column {column}): the model&apos;s guess</source>
        <translation>Pixel {pixel} von {total} (Zeile {row}, Spalte {column}): die Schätzung des Modells</translation>
    </message>
    <message>
        <source>Pixel {pixel} of {total} (row {row}, column {column}): you chose grey {grey}</source>
        <translation>Pixel {pixel} von {total} (Zeile {row}, Spalte {column}): Sie haben Grauton {grey} gewählt</translation>
    </message>
    <message>
        <source>Pixel {pixel} of {total} (row {row}, column {column}): u = {u} drew grey {grey}</source>
        <translation>Pixel {pixel} von {total} (Zeile {row}, Spalte {column}): u = {u} hat Grauton {grey} gezogen</translation>
    </message>
    <message>
        <source>A quiz for the class: 16 images, some real, some drawn by the model pixel by pixel at the temperature of the drawing. The class picks the fakes; Reveal shows the truth and the score.</source>
        <translation>Ein Quiz für die Klasse: 16 Bilder, einige echt, einige vom Modell Pixel für Pixel gezeichnet, bei der Temperatur der Zeichnung. Die Klasse wählt die Fälschungen aus; „Auflösen“ zeigt die Wahrheit und die Punktzahl.</translation>
    </message>
    <message>
        <source>Real or fake? needs a model: press Reset to start one.</source>
        <translation>„Echt oder gefälscht?“ braucht ein Modell: Drücken Sie „Zurücksetzen“, um eines zu starten.</translation>
    </message>
</context>
<context>
    <name>text</name>
    <message>
        <source>Attention</source>
        <translation>Aufmerksamkeit</translation>
    </message>
    <message>
        <source>looks at (earlier token)</source>
        <translation>schaut auf (früheres Token)</translation>
    </message>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Each row is a token of the context; its colours show how much of its attention goes to each earlier token (a row adds up to 1). Future tokens are masked: a model may not peek ahead.</source>
        <translation>Jede Zeile ist ein Token des Kontexts; ihre Farben zeigen, wie viel seiner Aufmerksamkeit auf jedes frühere Token entfällt (eine Zeile ergibt zusammen 1). Zukünftige Tokens sind maskiert: Ein Modell darf nicht vorausschauen.</translation>
    </message>
    <message>
        <source>Attention weights</source>
        <translation>Aufmerksamkeitsgewichte</translation>
    </message>
    <message>
        <source>A heat map with one row and one column per token of the context: how much each token attends to each earlier token, from 0 to 1.</source>
        <translation>Eine Heatmap mit einer Zeile und einer Spalte pro Token des Kontexts: wie stark jedes Token auf jedes frühere achtet, von 0 bis 1.</translation>
    </message>
    <message>
        <source>attention weight</source>
        <translation>Aufmerksamkeitsgewicht</translation>
    </message>
    <message>
        <source>Which transformer block&apos;s attention to show.</source>
        <translation>Von welchem Transformer-Block die Aufmerksamkeit gezeigt wird.</translation>
    </message>
    <message>
        <source>Each head learns its own pattern of what to look at; the mean shows them together.</source>
        <translation>Jeder Kopf lernt sein eigenes Muster, worauf er schaut; der Mittelwert zeigt sie zusammen.</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Kopf</translation>
    </message>
    <message>
        <source>{number} of {total}</source>
        <translation>{number} von {total}</translation>
    </message>
    <message>
        <source>mean of heads</source>
        <translation>Mittel der Köpfe</translation>
    </message>
    <message>
        <source>Next token: the model&apos;s probabilities</source>
        <translation>Nächstes Token: die Wahrscheinlichkeiten des Modells</translation>
    </message>
    <message>
        <source>Last draw: press Next token</source>
        <translation>Letzte Ziehung: Drücken Sie „Nächstes Token“</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>{filtered}  (model {raw})</source>
        <translation>{filtered}  (Modell {raw})</translation>
    </message>
    <message>
        <source>Last draw: u = {u:.3f} fell in the stretch of &apos;{token}&apos;</source>
        <translation>Letzte Ziehung: u = {u:.3f} fiel in den Abschnitt von „{token}“</translation>
    </message>
    <message>
        <source>Greedy: &apos;{token}&apos;, the most probable token (no random number)</source>
        <translation>Greedy: „{token}“, das wahrscheinlichste Token (keine Zufallszahl)</translation>
    </message>
    <message>
        <source>Clicked: &apos;{token}&apos;, which the filters had removed (no stretch)</source>
        <translation>Angeklickt: „{token}“, das die Filter entfernt hatten (kein Abschnitt)</translation>
    </message>
    <message>
        <source>Clicked: &apos;{token}&apos;, {share} of the strip (no random number)</source>
        <translation>Angeklickt: „{token}“, {share} des Streifens (keine Zufallszahl)</translation>
    </message>
    <message>
        <source>The model&apos;s guess for the next token. Pale bars: the model&apos;s own probabilities. Solid bars: after temperature, top-k and top-p, renormalised; grey rows were removed by a filter. Click a bar to force that token.</source>
        <translation>Die Schätzung des Modells für das nächste Token. Blasse Balken: die eigenen Wahrscheinlichkeiten des Modells. Volle Balken: nach Temperatur, Top-k und Top-p, neu normiert; graue Zeilen hat ein Filter entfernt. Klicken Sie auf einen Balken, um dieses Token zu erzwingen.</translation>
    </message>
    <message>
        <source>Next-token probabilities</source>
        <translation>Wahrscheinlichkeiten des nächsten Tokens</translation>
    </message>
    <message>
        <source>Horizontal bars, most probable token first: the model&apos;s probability of each token and the probability after temperature, top-k and top-p.</source>
        <translation>Waagerechte Balken, das wahrscheinlichste Token zuerst: die Wahrscheinlichkeit jedes Tokens laut Modell und die Wahrscheinlichkeit nach Temperatur, Top-k und Top-p.</translation>
    </message>
    <message>
        <source>Type a prompt to see what comes next.</source>
        <translation>Geben Sie einen Prompt ein, um zu sehen, was als Nächstes kommt.</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>after temperature / top-k / top-p</source>
        <translation>nach Temperatur / Top-k / Top-p</translation>
    </message>
    <message>
        <source>Sampling: the kept tokens are laid end to end, most probable first, so each owns a stretch of [0, 1) as long as its probability. A random number u picks the token whose stretch it falls in.</source>
        <translation>Sampling: Die behaltenen Tokens werden aneinandergereiht, das wahrscheinlichste zuerst, sodass jedes einen Abschnitt von [0, 1) besitzt, so lang wie seine Wahrscheinlichkeit. Eine Zufallszahl u wählt das Token, in dessen Abschnitt sie fällt.</translation>
    </message>
    <message>
        <source>Where the random number fell</source>
        <translation>Wo die Zufallszahl gelandet ist</translation>
    </message>
    <message>
        <source>A strip from 0 to 1 cut into one stretch per kept token, as long as its probability, with a line at the random number u that picked the next token.</source>
        <translation>Ein Streifen von 0 bis 1, geteilt in einen Abschnitt pro behaltenem Token, so lang wie seine Wahrscheinlichkeit, mit einer Linie bei der Zufallszahl u, die das nächste Token gewählt hat.</translation>
    </message>
    <message>
        <source>Click a bar to force that token as the next one.</source>
        <translation>Klicken Sie auf einen Balken, um dieses Token als nächstes zu erzwingen.</translation>
    </message>
    <message>
        <source>(all others)</source>
        <translation>(alle anderen)</translation>
    </message>
    <message>
        <source>Capitals of the world</source>
        <translation>Hauptstädte der Welt</translation>
    </message>
    <message>
        <source>Capitals, a small text (over-fits)</source>
        <translation>Hauptstädte, kurzer Text (Überanpassung)</translation>
    </message>
    <message>
        <source>Python code (from this computer)</source>
        <translation>Python-Code (von diesem Computer)</translation>
    </message>
    <message>
        <source>Model and data</source>
        <translation>Modell und Daten</translation>
    </message>
    <message>
        <source>The text the model learns from. Open or drop your own .txt file to add it here.</source>
        <translation>Der Text, aus dem das Modell lernt. Öffnen Sie eine eigene .txt-Datei oder ziehen Sie sie hierher, um sie hinzuzufügen.</translation>
    </message>
    <message>
        <source>How many numbers (weights) the model learns.</source>
        <translation>Wie viele Zahlen (Gewichte) das Modell lernt.</translation>
    </message>
    <message>
        <source>Preset: overfitting</source>
        <translation>Voreinstellung: Überanpassung</translation>
    </message>
    <message>
        <source>A small text and no dropout or weight decay, then a new model trains at once. Within a minute the held-out (validation) loss stops falling and rises while the training loss keeps falling: the model memorises its sentences instead of learning what makes new ones likely.</source>
        <translation>Ein kleiner Text, weder Dropout noch Gewichtszerfall, dann trainiert sofort ein neues Modell. Innerhalb einer Minute hört der Verlust auf zurückgehaltenem Text (Validierungsverlust) auf zu fallen und steigt, während der Trainingsverlust weiter fällt: Das Modell lernt seine Sätze auswendig, statt zu lernen, was neue Sätze wahrscheinlich macht.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Put every setting above back to its default; New model then builds it.</source>
        <translation>Alle Einstellungen oben auf ihren Standard zurücksetzen; „Neues Modell“ baut es dann.</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>Datei: {name}</translation>
    </message>
    <message>
        <source>The text as the model sees it: one coloured box per token. Blue: your prompt; orange: tokens the model generated; red: a word the model never saw in training (it becomes &lt;unk&gt;).</source>
        <translation>Der Text, wie das Modell ihn sieht: ein farbiges Kästchen pro Token. Blau: Ihr Prompt; orange: vom Modell erzeugte Tokens; rot: ein Wort, das das Modell im Training nie gesehen hat (es wird zu &lt;unk&gt;).</translation>
    </message>
    <message>
        <source>Tokens of the text</source>
        <translation>Tokens des Texts</translation>
    </message>
    <message>
        <source>Training went wrong: a learning rate that is too high makes each step overshoot, so the loss climbs instead of falling and the model ends up saying one word.</source>
        <translation>Das Training ist schiefgegangen: Eine zu hohe Lernrate lässt jeden Schritt übers Ziel hinausschießen, sodass der Verlust steigt statt fällt und das Modell am Ende nur noch ein Wort sagt.</translation>
    </message>
    <message>
        <source>The text the model continues. Edit it and watch the probabilities change.</source>
        <translation>Der Text, den das Modell fortsetzt. Bearbeiten Sie ihn und beobachten Sie, wie sich die Wahrscheinlichkeiten ändern.</translation>
    </message>
    <message>
        <source>Type a prompt…</source>
        <translation>Prompt eingeben…</translation>
    </message>
    <message>
        <source>Cross-entropy loss: how surprised the model is by the true next token. Training loss is measured on the batches it learns from; validation loss on text it never trains on. The dot marks the lowest validation loss so far: if it stays behind while training goes on, the model over-fits.</source>
        <translation>Kreuzentropie-Verlust: wie überrascht das Modell vom wahren nächsten Token ist. Der Trainingsverlust wird auf den Batches gemessen, aus denen es lernt, der Validierungsverlust auf Text, mit dem es nie trainiert. Der Punkt markiert den bisher niedrigsten Validierungsverlust: Bleibt er zurück, während das Training weiterläuft, liegt Überanpassung vor.</translation>
    </message>
    <message>
        <source>Training and validation loss</source>
        <translation>Trainings- und Validierungsverlust</translation>
    </message>
    <message>
        <source>Curves of the cross-entropy loss over the training steps, on the training batches and on held-out text, with a dot at the lowest held-out loss.</source>
        <translation>Kurven des Kreuzentropie-Verlusts über den Trainingsschritten, auf den Trainings-Batches und auf zurückgehaltenem Text, mit einem Punkt beim niedrigsten Verlust auf zurückgehaltenem Text.</translation>
    </message>
    <message>
        <source>Sampling the next token</source>
        <translation>Das nächste Token ziehen</translation>
    </message>
    <message>
        <source>The seed of the random numbers u. The same seed, model and settings draw the same tokens again; Undo then Next token repeats a draw.</source>
        <translation>Der Seed der Zufallszahlen u. Gleicher Seed, gleiches Modell und gleiche Einstellungen ziehen wieder dieselben Tokens; „Rückgängig“ und dann „Nächstes Token“ wiederholt eine Ziehung.</translation>
    </message>
    <message>
        <source>How many of the most probable tokens get a bar.</source>
        <translation>Wie viele der wahrscheinlichsten Tokens einen Balken bekommen.</translation>
    </message>
    <message>
        <source>How many tokens Generate adds, one at a time.</source>
        <translation>Wie viele Tokens „Generieren“ hinzufügt, eines nach dem anderen.</translation>
    </message>
    <message>
        <source> ms</source>
        <comment>milliseconds</comment>
        <translation> ms</translation>
    </message>
    <message>
        <source>How long each drawn token stays highlighted before it is added to the text.</source>
        <translation>Wie lange jedes gezogene Token hervorgehoben bleibt, bevor es dem Text hinzugefügt wird.</translation>
    </message>
    <message>
        <source>Sampling seed</source>
        <translation>Seed der Stichproben</translation>
    </message>
    <message>
        <source>Bars shown</source>
        <translation>Angezeigte Balken</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generieren</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Next token</source>
        <translation>Nächstes Token</translation>
    </message>
    <message>
        <source>Draw one token from the solid bars and add it to the text.</source>
        <translation>Ein Token aus den vollen Balken ziehen und dem Text hinzufügen.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Remove the last generated token.</source>
        <translation>Das zuletzt erzeugte Token entfernen.</translation>
    </message>
    <message>
        <source>Add tokens one at a time, as many as set under Generate. While it generates, the button reads Stop.</source>
        <translation>Tokens eines nach dem anderen hinzufügen, so viele wie unter „Generieren“ eingestellt. Während generiert wird, heißt der Knopf „Stoppen“.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Remove every generated token and keep the prompt.</source>
        <translation>Alle erzeugten Tokens entfernen und den Prompt behalten.</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>{weights} weights · {tokens} tokens in the vocabulary</source>
        <translation>{weights} Gewichte · {tokens} Tokens im Vokabular</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>best held-out: step {step}</source>
        <translation>bester Validierungsverlust: Schritt {step}</translation>
    </message>
    <message>
        <source>Probe a word</source>
        <translation>Wort testen</translation>
    </message>
    <message>
        <source>Type any word and press Enter to see how probable the model finds it as the next token, and where it ranks among all the tokens it knows.</source>
        <translation>Geben Sie ein beliebiges Wort ein und drücken Sie die Eingabetaste: Sie sehen, wie wahrscheinlich das Modell es als nächstes Token findet und welchen Rang es unter allen Tokens hat, die das Modell kennt.</translation>
    </message>
    <message>
        <source>&apos;{word}&apos; has a character this model never saw: its vocabulary is {count} characters.</source>
        <translation>„{word}“ enthält ein Zeichen, das dieses Modell nie gesehen hat: Sein Vokabular umfasst {count} Zeichen.</translation>
    </message>
    <message>
        <source>&apos;{word}&apos; is not in this model&apos;s vocabulary of {count} tokens.</source>
        <translation>„{word}“ ist nicht im Vokabular dieses Modells mit {count} Tokens.</translation>
    </message>
    <message>
        <source>&apos;{word}&apos; is {pieces} tokens for this model. Its first, &apos;{token}&apos;, next: P = {share} · rank {rank} of {count}</source>
        <translation>„{word}“ sind für dieses Modell {pieces} Tokens. Das erste, „{token}“, als nächstes: P = {share} · Rang {rank} von {count}</translation>
    </message>
    <message>
        <source>P(&apos;{token}&apos;) = {share} · rank {rank} of {count}</source>
        <translation>P(„{token}“) = {share} · Rang {rank} von {count}</translation>
    </message>
    <message>
        <source>What comes next?</source>
        <translation>Was kommt als Nächstes?</translation>
    </message>
    <message>
        <source>A quiz: the bars hide and four candidates appear, the model&apos;s three favourites and one from further down, shuffled. The class guesses which one the model finds most likely, then Reveal shows the bars. Try it on the untrained model, then on the trained one.</source>
        <translation>Ein Quiz: Die Balken verschwinden und vier Kandidaten erscheinen, gemischt: die drei Favoriten des Modells und einer von weiter unten. Die Klasse rät, welchen das Modell für am wahrscheinlichsten hält, dann zeigt „Auflösen“ die Balken. Probieren Sie es mit dem untrainierten Modell, dann mit dem trainierten.</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Neue Frage</translation>
    </message>
    <message>
        <source>Ask about the text as it is now. The sampling seed and the question&apos;s number pick and shuffle the candidates, so the same seed asks the same questions again.</source>
        <translation>Eine Frage zum Text in seinem jetzigen Stand stellen. Der Seed der Stichproben und die Nummer der Frage wählen und mischen die Kandidaten, also stellt derselbe Seed wieder dieselben Fragen.</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Auflösen</translation>
    </message>
    <message>
        <source>Show the bars, with the class&apos;s guess marked.</source>
        <translation>Die Balken zeigen, mit dem Tipp der Klasse markiert.</translation>
    </message>
    <message>
        <source>Click the token the class guesses.</source>
        <translation>Klicken Sie auf das Token, das die Klasse tippt.</translation>
    </message>
    <message>
        <source>Yes: &apos;{token}&apos; is the model&apos;s favourite, at {share}.</source>
        <translation>Ja: „{token}“ ist der Favorit des Modells, mit {share}.</translation>
    </message>
    <message>
        <source>&apos;{token}&apos; is the model&apos;s choice number {rank}, at {share}. Its favourite is &apos;{best}&apos;, at {best_share}.</source>
        <translation>„{token}“ ist die Wahl Nummer {rank} des Modells, mit {share}. Sein Favorit ist „{best}“, mit {best_share}.</translation>
    </message>
    <message>
        <source>Score: {right} of {asked} guesses were the model&apos;s favourite</source>
        <translation>Punktzahl: {right} von {asked} Tipps waren der Favorit des Modells</translation>
    </message>
    <message>
        <source>Which one does the model find most likely next? Click the class&apos;s guess, then Reveal.</source>
        <translation>Welches hält das Modell als Nächstes für am wahrscheinlichsten? Klicken Sie den Tipp der Klasse an, dann „Auflösen“.</translation>
    </message>
</context>
<context>
    <name>vae</name>
    <message>
        <source>blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>vermillion</source>
        <translation>Zinnoberrot</translation>
    </message>
    <message>
        <source>pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>sky blue</source>
        <translation>Himmelblau</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>brown</source>
        <translation>Braun</translation>
    </message>
    <message>
        <source>violet</source>
        <translation>Violett</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>Grau</translation>
    </message>
    <message>
        <source>circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <source>triangle</source>
        <translation>Dreieck</translation>
    </message>
    <message>
        <source>square</source>
        <translation>Quadrat</translation>
    </message>
    <message>
        <source>star</source>
        <translation>Stern</translation>
    </message>
    <message>
        <source>plus</source>
        <translation>Pluszeichen</translation>
    </message>
    <message>
        <source>down triangle</source>
        <translation>umgekehrtes Dreieck</translation>
    </message>
    <message>
        <source>diamond</source>
        <translation>Raute</translation>
    </message>
    <message>
        <source>cross</source>
        <translation>Kreuz</translation>
    </message>
    <message>
        <source>hourglass</source>
        <translation>Sanduhr</translation>
    </message>
    <message>
        <source>hexagon</source>
        <translation>Sechseck</translation>
    </message>
    <message>
        <source>{colour} {marker}</source>
        <translation>{marker} in {colour}</translation>
    </message>
    <message>
        <source>{name}: {looks}</source>
        <translation>{name}: {looks}</translation>
    </message>
    <message>
        <source>β weighs the KL term against the reconstruction. β = 1 is the true VAE (the evidence lower bound). Lower β: sharper reconstructions, but codes spread out and leave holes, so samples from the prior get worse (β = 0 is a plain autoencoder). Higher β: codes are pushed towards the prior N(0, I), the map gets smooth and tidy, and images get blurrier. Changes take effect at the next training step.</source>
        <translation>β gewichtet den KL-Term gegenüber der Rekonstruktion. β = 1 ist der echte VAE (die untere Evidenzschranke). Kleineres β: schärfere Rekonstruktionen, aber die Codes verteilen sich und lassen Lücken, sodass Stichproben aus der Priorverteilung schlechter werden (β = 0 ist ein einfacher Autoencoder). Größeres β: Die Codes werden zur Priorverteilung N(0, I) gedrängt, die Karte wird glatt und ordentlich, und die Bilder werden unschärfer. Änderungen wirken ab dem nächsten Trainingsschritt.</translation>
    </message>
    <message>
        <source>Click two examples on the latent map to walk from one to the other.</source>
        <translation>Klicken Sie auf der latenten Karte zwei Beispiele an, um von einem zum anderen zu wandern.</translation>
    </message>
    <message>
        <source>While it trains</source>
        <translation>Während es trainiert</translation>
    </message>
    <message>
        <source>β, the weight of the KL term</source>
        <translation>β, das Gewicht des KL-Terms</translation>
    </message>
    <message>
        <source>β (KL weight)</source>
        <translation>β (KL-Gewicht)</translation>
    </message>
    <message>
        <source>Sample from the prior</source>
        <translation>Aus der Priorverteilung ziehen</translation>
    </message>
    <message>
        <source>Draw random codes z from N(0, I), the distribution the KL term pulls the codes towards, and decode them: new images that are in no data set. Their codes appear on the map as black rings with a cross, larger than the examples&apos; markers.</source>
        <translation>Zufällige Codes z aus N(0, I) ziehen, der Verteilung, zu der der KL-Term die Codes hinzieht, und sie dekodieren: neue Bilder, die in keinem Datensatz vorkommen. Ihre Codes erscheinen auf der Karte als schwarze Ringe mit Kreuz, größer als die Markierungen der Beispiele.</translation>
    </message>
    <message>
        <source>Walk again</source>
        <translation>Erneut wandern</translation>
    </message>
    <message>
        <source>Decode evenly spaced codes on the straight line between the two picked examples&apos; codes, one step at a time, with the model as it is now.</source>
        <translation>Gleichmäßig verteilte Codes auf der Geraden zwischen den Codes der beiden gewählten Beispiele dekodieren, einen Schritt nach dem anderen, mit dem Modell in seinem jetzigen Zustand.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How long each step of a walk is shown before the next one is decoded.</source>
        <translation>Wie lange jeder Schritt einer Wanderung gezeigt wird, bevor der nächste dekodiert wird.</translation>
    </message>
    <message>
        <source>Walk pace</source>
        <translation>Wandertempo</translation>
    </message>
    <message>
        <source>β = {beta}</source>
        <translation>β = {beta}</translation>
    </message>
    <message>
        <source>z₁</source>
        <translation>z₁</translation>
    </message>
    <message>
        <source>z₂</source>
        <translation>z₂</translation>
    </message>
    <message>
        <source>Each dot is one training example, drawn at the mean of its code q(z | x): the encoder squeezes a whole image into these two numbers. Similar examples end up close together, and the map reorganises as the VAE learns. Drag the red target to decode any point; click two dots to walk from one example to the other. With more than two latent numbers, the map shows the two directions in which the codes vary most (PCA); the percentages say how much of their spread each direction holds.</source>
        <translation>Jeder Punkt ist ein Trainingsbeispiel, gezeichnet am Mittelwert seines Codes q(z | x): Der Encoder presst ein ganzes Bild in diese zwei Zahlen. Ähnliche Beispiele landen nahe beieinander, und die Karte ordnet sich neu, während der VAE lernt. Ziehen Sie das rote Ziel, um einen beliebigen Punkt zu dekodieren; klicken Sie zwei Punkte an, um von einem Beispiel zum anderen zu wandern. Bei mehr als zwei latenten Zahlen zeigt die Karte die zwei Richtungen, in denen die Codes am stärksten variieren (PCA); die Prozentwerte sagen, welchen Anteil ihrer Streuung jede Richtung enthält.</translation>
    </message>
    <message>
        <source>Latent map: each example&apos;s code</source>
        <translation>Latente Karte: der Code jedes Beispiels</translation>
    </message>
    <message>
        <source>Latent map</source>
        <translation>Latente Karte</translation>
    </message>
    <message>
        <source>A scatter plot of every training example at its two-number code, with a marker of its class&apos;s colour and shape; a draggable target marks the code decoded in At the marker.</source>
        <translation>Ein Streudiagramm aller Trainingsbeispiele an ihrem Zwei-Zahlen-Code, mit einer Markierung in Farbe und Form ihrer Klasse; ein verschiebbares Ziel markiert den Code, der unter „An der Markierung“ dekodiert wird.</translation>
    </message>
    <message>
        <source>decoded here</source>
        <translation>hier dekodiert</translation>
    </message>
    <message>
        <source>training examples</source>
        <translation>Trainingsbeispiele</translation>
    </message>
    <message>
        <source>{tip}

Colour and marker show the class: {classes}.</source>
        <translation>{tip}

Farbe und Form zeigen die Klasse: {classes}.</translation>
    </message>
    <message>
        <source>prior samples</source>
        <translation>Prior-Stichproben</translation>
    </message>
    <message>
        <source>PCA axis {number} of z ({share})</source>
        <translation>PCA-Achse {number} von z ({share})</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Reconstructions</source>
        <translation>Rekonstruktionen</translation>
    </message>
    <message>
        <source>Grey: real points. Blue: what the VAE makes of each after squeezing it through the latent space (decoded from the mean code); a line joins each pair.</source>
        <translation>Grau: echte Punkte. Blau: was der VAE aus jedem macht, nachdem er ihn durch den latenten Raum gepresst hat (aus dem mittleren Code dekodiert); eine Linie verbindet jedes Paar.</translation>
    </message>
    <message>
        <source>real</source>
        <translation>echt</translation>
    </message>
    <message>
        <source>reconstructed</source>
        <translation>rekonstruiert</translation>
    </message>
    <message>
        <source>Decoded manifold in data space</source>
        <translation>Dekodierte Mannigfaltigkeit im Datenraum</translation>
    </message>
    <message>
        <source>Blue lines: an even grid over the latent map, decoded into the plane; where the lines bunch up the decoder packs many codes into little space. Grey: training points. Red: the decoding of the marker you drag. Orange: a walk between two examples. Green crosshairs: points decoded from codes drawn from the prior.</source>
        <translation>Blaue Linien: ein gleichmäßiges Gitter über der latenten Karte, in die Ebene dekodiert; wo sich die Linien bündeln, packt der Decoder viele Codes auf wenig Raum. Grau: Trainingspunkte. Rot: die Dekodierung der Markierung, die Sie ziehen. Orange: eine Wanderung zwischen zwei Beispielen. Grüne Fadenkreuze: Punkte, dekodiert aus Codes, die aus der Priorverteilung gezogen wurden.</translation>
    </message>
    <message>
        <source>training points</source>
        <translation>Trainingspunkte</translation>
    </message>
    <message>
        <source>decoded latent grid</source>
        <translation>dekodiertes latentes Gitter</translation>
    </message>
    <message>
        <source>walk</source>
        <translation>Wanderung</translation>
    </message>
    <message>
        <source>at the marker</source>
        <translation>an der Markierung</translation>
    </message>
    <message>
        <source>Model and data</source>
        <translation>Modell und Daten</translation>
    </message>
    <message>
        <source>What the VAE learns to compress. Open or drop a folder of images to add it here.</source>
        <translation>Was der VAE zu komprimieren lernt. Öffnen Sie einen Bilderordner oder ziehen Sie ihn hierher, um ihn hinzuzufügen.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>How many numbers (weights) the encoder and decoder learn together.</source>
        <translation>Wie viele Zahlen (Gewichte) Encoder und Decoder zusammen lernen.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Put every setting back to the one genviz starts with; β at once, the others when you press New model.</source>
        <translation>Alle Einstellungen auf die Werte zurücksetzen, mit denen genviz startet; β sofort, die anderen, wenn Sie „Neues Modell“ drücken.</translation>
    </message>
    <message>
        <source>reconstruction</source>
        <translation>Rekonstruktion</translation>
    </message>
    <message>
        <source>KL divergence</source>
        <translation>KL-Divergenz</translation>
    </message>
    <message>
        <source>total = reconstruction + β · KL</source>
        <translation>gesamt = Rekonstruktion + β · KL</translation>
    </message>
    <message>
        <source>At the marker</source>
        <translation>An der Markierung</translation>
    </message>
    <message>
        <source>The decoder&apos;s image for the code under the red target: drag the target and watch it change.</source>
        <translation>Das Bild des Decoders für den Code unter dem roten Ziel: Ziehen Sie das Ziel und beobachten Sie, wie es sich ändert.</translation>
    </message>
    <message>
        <source>Walk between two examples</source>
        <translation>Wanderung zwischen zwei Beispielen</translation>
    </message>
    <message>
        <source>A and B are the real images you clicked; between them, the decodings of evenly spaced codes on the straight line from A&apos;s code to B&apos;s, revealed one step at a time.</source>
        <translation>A und B sind die echten Bilder, die Sie angeklickt haben; dazwischen die Dekodierungen gleichmäßig verteilter Codes auf der Geraden vom Code von A zu dem von B, Schritt für Schritt aufgedeckt.</translation>
    </message>
    <message>
        <source>Top row: real images, always the same ones. Bottom row: what the VAE makes of each after squeezing it into its code and decoding it again (from the mean code, so the picture is steady).</source>
        <translation>Obere Reihe: echte Bilder, immer dieselben. Untere Reihe: was der VAE aus jedem macht, nachdem er es in seinen Code gepresst und wieder dekodiert hat (aus dem mittleren Code, damit das Bild ruhig bleibt).</translation>
    </message>
    <message>
        <source>Decoded manifold</source>
        <translation>Dekodierte Mannigfaltigkeit</translation>
    </message>
    <message>
        <source>Images decoded from an even grid of codes over the dashed area of the latent map, placed where their codes are: the whole space the decoder has learned, at a glance.</source>
        <translation>Bilder, dekodiert aus einem gleichmäßigen Gitter von Codes über dem gestrichelten Bereich der latenten Karte, dort platziert, wo ihre Codes liegen: der ganze Raum, den der Decoder gelernt hat, auf einen Blick.</translation>
    </message>
    <message>
        <source>Samples from the prior</source>
        <translation>Stichproben aus der Priorverteilung</translation>
    </message>
    <message>
        <source>Images decoded from random codes drawn from N(0, I). They are in no data set: press Sample from the prior.</source>
        <translation>Bilder, dekodiert aus zufälligen Codes, die aus N(0, I) gezogen wurden. Sie kommen in keinem Datensatz vor: Drücken Sie „Aus der Priorverteilung ziehen“.</translation>
    </message>
    <message>
        <source>Loss (nats per example)</source>
        <translation>Verlust (Nat pro Beispiel)</translation>
    </message>
    <message>
        <source>nats per example</source>
        <translation>Nat pro Beispiel</translation>
    </message>
    <message>
        <source>Reconstruction: how badly the decoded example matches the real one (−log p(x | z)). KL divergence: how far the codes q(z | x) are from the prior N(0, I), in nats. The VAE minimises their sum with the KL weighted by β: the negative evidence lower bound (ELBO) when β = 1.</source>
        <translation>Rekonstruktion: wie schlecht das dekodierte Beispiel zum echten passt (−log p(x | z)). KL-Divergenz: wie weit die Codes q(z | x) von der Priorverteilung N(0, I) entfernt sind, in Nat. Der VAE minimiert ihre Summe, wobei die KL-Divergenz mit β gewichtet wird: die negative untere Evidenzschranke (ELBO), wenn β = 1.</translation>
    </message>
    <message>
        <source>Some of these images are real training images; the VAE&apos;s decoder made the others from random codes drawn from the prior. Click the ones you think are fake, then press Reveal.</source>
        <translation>Einige dieser Bilder sind echte Trainingsbilder; die anderen hat der Decoder des VAE aus zufälligen Codes erzeugt, die aus der Priorverteilung gezogen wurden. Klicken Sie die an, die Sie für gefälscht halten, und drücken Sie dann „Auflösen“.</translation>
    </message>
    <message>
        <source>Real or fake?</source>
        <translation>Echt oder gefälscht?</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Curves of the reconstruction loss, the KL divergence and their total over the training steps.</source>
        <translation>Kurven des Rekonstruktionsverlusts, der KL-Divergenz und ihrer Summe über den Trainingsschritten.</translation>
    </message>
    <message>
        <source>{count} weights</source>
        <translation>{count} Gewichte</translation>
    </message>
    <message>
        <source>The VAE lab learns from a folder of images: drop the folder that holds {file}, not the file.</source>
        <translation>Das VAE-Labor lernt aus einem Bilderordner: Ziehen Sie den Ordner hierher, der {file} enthält, nicht die Datei.</translation>
    </message>
    <message>
        <source>A: {example}. Now click a second example.</source>
        <translation>A: {example}. Klicken Sie jetzt ein zweites Beispiel an.</translation>
    </message>
    <message>
        <source>A: {a}
B: {b}
Click two examples on the map to walk between others.</source>
        <translation>A: {a}
B: {b}
Klicken Sie zwei Beispiele auf der Karte an, um zwischen anderen zu wandern.</translation>
    </message>
    <message>
        <source>example #{index}</source>
        <translation>Beispiel #{index}</translation>
    </message>
    <message>
        <source>example #{index} ({label})</source>
        <translation>Beispiel #{index} ({label})</translation>
    </message>
    <message>
        <source>decoded</source>
        <translation>dekodiert</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>A quiz for the class: 16 images, some real, some decoded from random codes drawn from the prior. The class picks the fakes; Reveal shows the truth and the score.</source>
        <translation>Ein Quiz für die Klasse: 16 Bilder, einige echt, einige aus zufälligen Codes dekodiert, die aus der Priorverteilung gezogen wurden. Die Klasse wählt die Fälschungen aus; „Auflösen“ zeigt die Wahrheit und die Punktzahl.</translation>
    </message>
    <message>
        <source>Real or fake? needs images: choose an image data set (Digits, MNIST, ...) and start a new model with it.</source>
        <translation>„Echt oder gefälscht?“ braucht Bilder: Wählen Sie einen Bilddatensatz (Ziffern, MNIST, ...) und starten Sie damit ein neues Modell.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Hide this message.</source>
        <translation>Diese Meldung ausblenden.</translation>
    </message>
    <message>
        <source>genviz: watch generative models learn</source>
        <translation>genviz: generativen Modellen beim Lernen zusehen</translation>
    </message>
    <message>
        <source>Train from here?</source>
        <translation>Ab hier trainieren?</translation>
    </message>
    <message>
        <source>Training from step {step:,} forgets the {later:,} steps the model learnt after it. Train from here?</source>
        <translation>Training ab Schritt {step:,} vergisst die {later:,} Schritte, die das Modell danach gelernt hat. Ab hier trainieren?</translation>
    </message>
    <message>
        <source>{file} holds a model of the {lab} lab, which this app does not have.</source>
        <translation>{file} enthält ein Modell des Labors „{lab}“, das diese App nicht hat.</translation>
    </message>
    <message>
        <source>Opened the lesson “{title}”: PageDown for the next step, F5 to present.</source>
        <translation>Lektion „{title}“ geöffnet: Bild ab für den nächsten Schritt, F5 zum Präsentieren.</translation>
    </message>
    <message>
        <source>Saved the lesson to {path}</source>
        <translation>Lektion gespeichert unter {path}</translation>
    </message>
    <message>
        <source>{file} is a model of the {lab} lab, which this app does not have.</source>
        <translation>{file} ist ein Modell des Labors „{lab}“, das diese App nicht hat.</translation>
    </message>
    <message>
        <source>starting the model engine…</source>
        <translation>Modell-Engine wird gestartet…</translation>
    </message>
    <message>
        <source>How many training steps (weight updates) the model has taken.</source>
        <translation>Wie viele Trainingsschritte (Gewichts-Updates) das Modell gemacht hat.</translation>
    </message>
    <message>
        <source>The training loss of the last step: how wrong the model was. Lower is better.</source>
        <translation>Der Trainingsverlust des letzten Schritts: wie falsch das Modell lag. Niedriger ist besser.</translation>
    </message>
    <message>
        <source>Training steps per second on this machine.</source>
        <translation>Trainingsschritte pro Sekunde auf diesem Rechner.</translation>
    </message>
    <message>
        <source>Where the model runs: a GPU when there is one, else the CPU.</source>
        <translation>Wo das Modell läuft: auf einer GPU, wenn vorhanden, sonst auf der CPU.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open data file…</source>
        <translation>Daten&amp;datei öffnen…</translation>
    </message>
    <message>
        <source>Open a file for the current lab (a .txt corpus in the Text lab).</source>
        <translation>Eine Datei für das aktuelle Labor öffnen (ein .txt-Korpus im Text-Labor).</translation>
    </message>
    <message>
        <source>Open &amp;model…</source>
        <translation>&amp;Modell öffnen…</translation>
    </message>
    <message>
        <source>Open a model saved by any lab (File &gt; Save model or genviz train).</source>
        <translation>Ein von einem beliebigen Labor gespeichertes Modell öffnen (Datei &gt; Modell speichern oder genviz train).</translation>
    </message>
    <message>
        <source>&amp;Save model…</source>
        <translation>Modell &amp;speichern…</translation>
    </message>
    <message>
        <source>Open &amp;lesson…</source>
        <translation>&amp;Lektion öffnen…</translation>
    </message>
    <message>
        <source>Open a lesson ({suffix}): its labs with their trained models and its script of steps, with nothing to train.</source>
        <translation>Eine Lektion öffnen ({suffix}): ihre Labore mit ihren trainierten Modellen und ihr Ablauf aus Schritten, ohne etwas zu trainieren.</translation>
    </message>
    <message>
        <source>Save l&amp;esson…</source>
        <translation>Lektion sp&amp;eichern…</translation>
    </message>
    <message>
        <source>Save the labs&apos; trained models, what each shows and one step per lab as a lesson to open in class.</source>
        <translation>Die trainierten Modelle der Labore, was jedes zeigt, und einen Schritt pro Labor als Lektion speichern, die sich im Unterricht öffnen lässt.</translation>
    </message>
    <message>
        <source>Close lesson</source>
        <translation>Lektion schließen</translation>
    </message>
    <message>
        <source>Save s&amp;creenshot…</source>
        <translation>Bildschirm&amp;foto speichern…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Größerer Text</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Kleinerer Text</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Normale Textgröße</translation>
    </message>
    <message>
        <source>Settings column</source>
        <translation>Einstellungsspalte</translation>
    </message>
    <message>
        <source>Hide the settings to give the pictures the room (Ctrl+B).</source>
        <translation>Die Einstellungen ausblenden, um den Bildern Platz zu geben (Strg+B).</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Presenter mode</source>
        <translation>Präsentationsmodus</translation>
    </message>
    <message>
        <source>For the projector: full screen, larger text, no settings, the lesson&apos;s caption at the top. PageDown/PageUp or Right/Left move through the lesson, B blanks the screen, Esc leaves.</source>
        <translation>Für den Beamer: Vollbild, größerer Text, keine Einstellungen, die Beschriftung der Lektion oben. Bild ab/Bild auf oder Pfeil rechts/links gehen durch die Lektion, B macht den Bildschirm schwarz, Esc beendet.</translation>
    </message>
    <message>
        <source>Projector colours</source>
        <translation>Beamer-Farben</translation>
    </message>
    <message>
        <source>A dark background, light text, thick lines and large markers: readable on a washed-out projector.</source>
        <translation>Dunkler Hintergrund, heller Text, dicke Linien und große Markierungen: lesbar auf einem blassen Beamerbild.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>genviz speaks the new language when it opens next.</source>
        <translation>genviz spricht die neue Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>genviz could not start again: close it and open it yourself to see the new language.</source>
        <translation>genviz konnte nicht neu starten: Schließen Sie es und öffnen Sie es selbst, um die neue Sprache zu sehen.</translation>
    </message>
    <message>
        <source>step —</source>
        <translation>Schritt —</translation>
    </message>
    <message>
        <source>loss —</source>
        <translation>Verlust —</translation>
    </message>
    <message>
        <source>— steps/s</source>
        <translation>— Schritte/s</translation>
    </message>
    <message>
        <source>step {step:,}</source>
        <translation>Schritt {step:,}</translation>
    </message>
    <message>
        <source>loss {loss:.3f}</source>
        <translation>Verlust {loss:.3f}</translation>
    </message>
    <message>
        <source>{speed:.0f} steps/s</source>
        <translation>{speed:.0f} Schritte/s</translation>
    </message>
    <message>
        <source>running on {device}</source>
        <translation>läuft auf {device}</translation>
    </message>
    <message>
        <source>Open a data file</source>
        <translation>Datendatei öffnen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Esc or a double-click brings every panel back.</source>
        <translation>Esc oder ein Doppelklick holt alle Bereiche zurück.</translation>
    </message>
    <message>
        <source>Open a lesson</source>
        <translation>Lektion öffnen</translation>
    </message>
    <message>
        <source>Save the lesson</source>
        <translation>Die Lektion speichern</translation>
    </message>
    <message>
        <source>Open a trained model</source>
        <translation>Trainiertes Modell öffnen</translation>
    </message>
    <message>
        <source>Save the trained model</source>
        <translation>Trainiertes Modell speichern</translation>
    </message>
    <message>
        <source>Saved the model to {path}</source>
        <translation>Modell gespeichert unter {path}</translation>
    </message>
    <message>
        <source>Save a screenshot</source>
        <translation>Bildschirmfoto speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>genviz lessons (*{suffix})</source>
        <translation>genviz-Lektionen (*{suffix})</translation>
    </message>
    <message>
        <source>genviz models (*{suffix})</source>
        <translation>genviz-Modelle (*{suffix})</translation>
    </message>
</context>
</TS>
