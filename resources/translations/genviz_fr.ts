<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <source>GAN</source>
        <translation>GAN</translation>
    </message>
    <message>
        <source>A generator turns noise into an image in one pass, taught by a discriminator.</source>
        <translation>Un générateur transforme du bruit en image en une seule passe, guidé par un discriminateur.</translation>
    </message>
    <message>
        <source>VAE</source>
        <translation>VAE</translation>
    </message>
    <message>
        <source>A decoder turns a code drawn from N(0, I) into an image in one pass.</source>
        <translation>Un décodeur transforme un code tiré de N(0, I) en image en une seule passe.</translation>
    </message>
    <message>
        <source>Diffusion</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <source>A denoiser takes noise and removes a little of it at each step.</source>
        <translation>Un débruiteur part du bruit et en retire un peu à chaque pas.</translation>
    </message>
    <message>
        <source>Diffusion&apos;s grid and How one is made take {grid} DDIM steps, so that they can be made again while it trains; the results table judges samples made over {judged} DDPM steps, a little clearer.</source>
        <translation>La grille et « Comment en naît un » de la diffusion prennent {grid} pas DDIM, pour être refaites pendant l&apos;entraînement ; le tableau des résultats juge des images faites en {judged} pas DDPM, un peu plus nettes.</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>Pixels</translation>
    </message>
    <message>
        <source>A transformer writes the image one pixel at a time, each from the ones before it.</source>
        <translation>Un transformer écrit l&apos;image un pixel à la fois, chacun d&apos;après ceux qui le précèdent.</translation>
    </message>
    <message>
        <source>There is no family called &apos;{name}&apos;: choose from {choices}.</source>
        <translation>Il n&apos;existe pas de famille nommée «&#xa0;{name}&#xa0;»&#xa0;: choisissez parmi {choices}.</translation>
    </message>
    <message>
        <source>List the families separated by commas, e.g. gan,vae,diffusion, not &apos;{text}&apos;.</source>
        <translation>Séparez les familles par des virgules, par exemple gan,vae,diffusion, et non «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <source>Each family may be listed once, not &apos;{text}&apos;.</source>
        <translation>Chaque famille ne peut être citée qu&apos;une fois, et non «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <source>Pick at least one family to compare.</source>
        <translation>Choisissez au moins une famille à comparer.</translation>
    </message>
    <message>
        <source>The {family} family is not part of this genviz yet.</source>
        <translation>La famille {family} ne fait pas encore partie de ce genviz.</translation>
    </message>
    <message>
        <source>The {family} family draws images pixel by pixel, so it cannot learn the 2-D set {data}: pick an image set, or leave {name} out.</source>
        <translation>La famille {family} dessine les images pixel par pixel&#xa0;: elle ne peut donc pas apprendre le jeu de points 2D {data}. Choisissez un jeu d&apos;images, ou retirez {name}.</translation>
    </message>
    <message>
        <source>No Python source could be read from the standard library on this computer.</source>
        <translation>Aucun code source Python n&apos;a pu être lu dans la bibliothèque standard de cet ordinateur.</translation>
    </message>
    <message>
        <source>The file {name} looks like a binary file, not text.</source>
        <translation>Le fichier {name} semble être un fichier binaire, pas du texte.</translation>
    </message>
    <message>
        <source>The file {name} is not UTF-8 text.</source>
        <translation>Le fichier {name} n&apos;est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>The file {name} is empty.</source>
        <translation>Le fichier {name} est vide.</translation>
    </message>
    <message>
        <source>Facts about countries and their capitals, in many phrasings (about 2 MB).</source>
        <translation>Des faits sur les pays et leurs capitales, formulés de multiples façons (environ 2 Mo).</translation>
    </message>
    <message>
        <source>The same facts, but only 40 KB of them: a model soon memorises so short a text, and its held-out loss rises (overfitting).</source>
        <translation>Les mêmes faits, mais seulement 40 Ko&#xa0;: un modèle mémorise vite un texte si court, et sa perte de validation remonte (surapprentissage).</translation>
    </message>
    <message>
        <source>Python source code from the standard library, for code generation (about 1 MB).</source>
        <translation>Du code source Python de la bibliothèque standard, pour la génération de code (environ 1 Mo).</translation>
    </message>
    <message>
        <source>2-D: ring of 8 Gaussians</source>
        <translation>2D&#xa0;: anneau de 8 gaussiennes</translation>
    </message>
    <message>
        <source>Eight blobs on a circle: the classic test of whether a model finds every mode.</source>
        <translation>Huit amas sur un cercle&#xa0;: le test classique pour savoir si un modèle trouve tous les modes.</translation>
    </message>
    <message>
        <source>2-D: 5 × 5 grid of Gaussians</source>
        <translation>2D&#xa0;: grille 5 × 5 de gaussiennes</translation>
    </message>
    <message>
        <source>25 blobs: harder to cover than the ring.</source>
        <translation>25 amas&#xa0;: plus difficiles à couvrir que l&apos;anneau.</translation>
    </message>
    <message>
        <source>2-D: two moons</source>
        <translation>2D&#xa0;: deux lunes</translation>
    </message>
    <message>
        <source>Two interleaved half circles.</source>
        <translation>Deux demi-cercles imbriqués.</translation>
    </message>
    <message>
        <source>2-D: spiral</source>
        <translation>2D&#xa0;: spirale</translation>
    </message>
    <message>
        <source>One long curved arm: the model must bend its noise a lot.</source>
        <translation>Un long bras courbe&#xa0;: le modèle doit beaucoup plier son bruit.</translation>
    </message>
    <message>
        <source>2-D: line</source>
        <translation>2D&#xa0;: droite</translation>
    </message>
    <message>
        <source>A thin diagonal segment: one dimension inside two.</source>
        <translation>Un mince segment en diagonale&#xa0;: une dimension à l&apos;intérieur de deux.</translation>
    </message>
    <message>
        <source>Digits (8 × 8, built in)</source>
        <translation>Chiffres (8 × 8, intégrés)</translation>
    </message>
    <message>
        <source>The 1,797 small handwritten digits that ship with scikit-learn.</source>
        <translation>Les 1&#xa0;797 petits chiffres manuscrits fournis avec scikit-learn.</translation>
    </message>
    <message>
        <source>MNIST digits (28 × 28)</source>
        <translation>Chiffres MNIST (28 × 28)</translation>
    </message>
    <message>
        <source>70,000 handwritten digits. Needs the MNIST files: genviz data mnist --download fetches them once.</source>
        <translation>70&#xa0;000 chiffres manuscrits. Nécessite les fichiers MNIST&#xa0;: genviz data mnist --download les télécharge une fois pour toutes.</translation>
    </message>
    <message>
        <source>Fashion-MNIST (28 × 28)</source>
        <translation>Fashion-MNIST (28 × 28)</translation>
    </message>
    <message>
        <source>Clothes and shoes in 10 classes. Needs the files: genviz data fashion --download fetches them once.</source>
        <translation>Vêtements et chaussures en 10 classes. Nécessite les fichiers&#xa0;: genviz data fashion --download les télécharge une fois pour toutes.</translation>
    </message>
    <message>
        <source>mode {number}</source>
        <translation>mode {number}</translation>
    </message>
    <message>
        <source>upper moon</source>
        <translation>lune du haut</translation>
    </message>
    <message>
        <source>lower moon</source>
        <translation>lune du bas</translation>
    </message>
    <message>
        <source>{name} has {count} images; ask for at most {count}.</source>
        <translation>{name} contient {count} images&#xa0;; demandez-en au plus {count}.</translation>
    </message>
    <message>
        <source>1 unreadable file was skipped.</source>
        <translation>1 fichier illisible a été ignoré.</translation>
    </message>
    <message>
        <source>{count} unreadable files were skipped.</source>
        <translation>{count} fichiers illisibles ont été ignorés.</translation>
    </message>
    <message>
        <source>1 image over {megapixels:g} megapixels was skipped.</source>
        <translation>1 image de plus de {megapixels:g} mégapixels a été ignorée.</translation>
    </message>
    <message>
        <source>{count} images over {megapixels:g} megapixels were skipped.</source>
        <translation>{count} images de plus de {megapixels:g} mégapixels ont été ignorées.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is neither a built-in data set ({choices}) nor a folder of images.</source>
        <translation>«&#xa0;{name}&#xa0;» n&apos;est ni un jeu de données intégré ({choices}) ni un dossier d&apos;images.</translation>
    </message>
    <message>
        <source>Drawn points must be pairs (x, y); got an array of shape {shape}.</source>
        <translation>Les points dessinés doivent être des paires (x, y)&#xa0;; le tableau reçu a la forme {shape}.</translation>
    </message>
    <message>
        <source>Draw at least {count} points first.</source>
        <translation>Dessinez d&apos;abord au moins {count} points.</translation>
    </message>
    <message>
        <source>Some drawn points are not finite numbers.</source>
        <translation>Certains points dessinés ne sont pas des nombres finis.</translation>
    </message>
    <message>
        <source>T-shirt/top</source>
        <translation>T-shirt/haut</translation>
    </message>
    <message>
        <source>Trouser</source>
        <translation>Pantalon</translation>
    </message>
    <message>
        <source>Pullover</source>
        <translation>Pull</translation>
    </message>
    <message>
        <source>Dress</source>
        <translation>Robe</translation>
    </message>
    <message>
        <source>Coat</source>
        <translation>Manteau</translation>
    </message>
    <message>
        <source>Sandal</source>
        <translation>Sandale</translation>
    </message>
    <message>
        <source>Shirt</source>
        <translation>Chemise</translation>
    </message>
    <message>
        <source>Sneaker</source>
        <translation>Basket</translation>
    </message>
    <message>
        <source>Bag</source>
        <translation>Sac</translation>
    </message>
    <message>
        <source>Ankle boot</source>
        <translation>Bottine</translation>
    </message>
    <message>
        <source>{name} is a damaged or truncated gzip file.</source>
        <translation>{name} est un fichier gzip endommagé ou tronqué.</translation>
    </message>
    <message>
        <source>{name} unzips to more than {megabytes} MB: it is not an MNIST-style file.</source>
        <translation>{name} dépasse {megabytes} Mo une fois décompressé&#xa0;: ce n&apos;est pas un fichier au format MNIST.</translation>
    </message>
    <message>
        <source>{name} is not an IDX file: it does not start with an IDX header.</source>
        <translation>{name} n&apos;est pas un fichier IDX&#xa0;: il ne commence pas par un en-tête IDX.</translation>
    </message>
    <message>
        <source>{name} is truncated: it ends inside its IDX header.</source>
        <translation>{name} est tronqué&#xa0;: il s&apos;arrête au milieu de son en-tête IDX.</translation>
    </message>
    <message>
        <source>{name} is truncated: its header promises {expected} bytes of values, it holds {held}.</source>
        <translation>{name} est tronqué&#xa0;: son en-tête annonce {expected} octets de valeurs, il en contient {held}.</translation>
    </message>
    <message>
        <source>{name} is longer than its header says: its header promises {expected} bytes of values, it holds {held}.</source>
        <translation>{name} est plus long que ne l&apos;indique son en-tête&#xa0;: celui-ci annonce {expected} octets de valeurs, le fichier en contient {held}.</translation>
    </message>
    <message>
        <source>{title} is not in {folder}: choose the folder holding train-images-idx3-ubyte.gz and train-labels-idx1-ubyte.gz, or download it with: genviz data {kind} --download.</source>
        <translation>{title} n&apos;est pas dans {folder}&#xa0;: choisissez le dossier qui contient train-images-idx3-ubyte.gz et train-labels-idx1-ubyte.gz, ou téléchargez-le avec&#xa0;: genviz data {kind} --download.</translation>
    </message>
    <message>
        <source>{name} does not hold 8-bit images (its shape is {shape}).</source>
        <translation>{name} ne contient pas d&apos;images 8 bits (sa forme est {shape}).</translation>
    </message>
    <message>
        <source>{name} holds {labels} labels for {images} images.</source>
        <translation>{name} contient {labels} étiquettes pour {images} images.</translation>
    </message>
    <message>
        <source>Could not download {name}: {failures}.</source>
        <translation>Impossible de télécharger {name}&#xa0;: {failures}.</translation>
    </message>
    <message>
        <source>The download of {name} does not match its SHA-256 checksum, so it was deleted; try again later.</source>
        <translation>Le téléchargement de {name} ne correspond pas à sa somme de contrôle SHA-256&#xa0;; il a donc été supprimé. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>There is no download for &apos;{kind}&apos;; choose one of: {choices}.</source>
        <translation>Il n&apos;y a pas de téléchargement pour «&#xa0;{kind}&#xa0;»&#xa0;; choisissez parmi&#xa0;: {choices}.</translation>
    </message>
    <message>
        <source>Cannot create the cache folder {folder}: {reason}.</source>
        <translation>Impossible de créer le dossier de cache {folder}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>The noise schedule: how fast the data fades into noise as t grows. Linear (Ho et al. 2020) destroys most of the signal early; cosine (Nichol &amp; Dhariwal 2021) fades it more evenly, so more steps carry useful information.</source>
        <translation>Le calendrier du bruit&#xa0;: à quelle vitesse les données se fondent dans le bruit quand t augmente. Le linéaire (Ho et al. 2020) détruit l&apos;essentiel du signal très tôt&#xa0;; le cosinus (Nichol &amp; Dhariwal 2021) l&apos;atténue plus régulièrement, si bien que davantage de pas portent une information utile.</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>cosinus</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>linéaire</translation>
    </message>
    <message>
        <source>Steps T</source>
        <translation>Pas T</translation>
    </message>
    <message>
        <source>T, the number of noising steps. x_T is practically pure noise. DDPM sampling takes all T steps back; DDIM can skip.</source>
        <translation>T, le nombre de pas de bruitage. x_T est pratiquement du bruit pur. L&apos;échantillonnage DDPM refait les T pas en arrière&#xa0;; DDIM peut en sauter.</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>Network width: hidden units of the 2-D MLP, or channels of the U-Net&apos;s first level. &apos;auto&apos; picks {points} for 2-D data and {images} for images.</source>
        <translation>Largeur du réseau&#xa0;: unités cachées du MLP 2D, ou canaux du premier niveau du U-Net. «&#xa0;auto&#xa0;» choisit {points} pour les données 2D et {images} pour les images.</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profondeur</translation>
    </message>
    <message>
        <source>Network depth: hidden layers of the MLP, or how many times the U-Net halves the image. &apos;auto&apos; picks {points} for 2-D data and {images} for images.</source>
        <translation>Profondeur du réseau&#xa0;: couches cachées du MLP, ou nombre de fois où le U-Net divise l&apos;image par deux. «&#xa0;auto&#xa0;» choisit {points} pour les données 2D et {images} pour les images.</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Examples per training step, each noised to its own random t. &apos;auto&apos; picks {points} for 2-D data and {images} for images.</source>
        <translation>Exemples par pas d&apos;entraînement, chacun bruité à son propre t aléatoire. «&#xa0;auto&#xa0;» choisit {points} pour les données 2D et {images} pour les images.</translation>
    </message>
    <message>
        <source> &apos;auto&apos; picks a larger rate for 2-D data than for images.</source>
        <translation> «&#xa0;auto&#xa0;» choisit un taux plus élevé pour les données 2D que pour les images.</translation>
    </message>
    <message>
        <source>EMA decay</source>
        <translation>Décroissance EMA</translation>
    </message>
    <message>
        <source>Samples come from a moving average of the weights (EMA): after each step it moves this little towards the new weights (1 - decay). It smooths out the jitter of single steps.</source>
        <translation>Les échantillons viennent d&apos;une moyenne mobile des poids (EMA)&#xa0;: après chaque pas, elle se déplace de cette petite fraction vers les nouveaux poids (1 - décroissance). Elle lisse les à-coups des pas individuels.</translation>
    </message>
    <message>
        <source>Min-SNR weight</source>
        <translation>Pondération Min-SNR</translation>
    </message>
    <message>
        <source>Min-SNR loss weighting (Hang et al. 2023). At low noise the noise is hard to tell from detail in the data and its large, jumpy errors steer training; each timestep&apos;s loss is scaled by min(SNR, gamma) / SNR, where SNR = signal² / noise² and gamma is this value. 0 is the plain loss of Ho et al. 2020. It helps images, but 2-D mixtures learn their sharp modes at low noise. &apos;auto&apos; picks {points} for 2-D data and {images} for images.</source>
        <translation>Pondération Min-SNR de la perte (Hang et al. 2023). À faible bruit, le bruit est difficile à distinguer des détails des données, et ses erreurs grandes et instables dirigent l&apos;entraînement&#xa0;; la perte de chaque pas de temps est multipliée par min(SNR, gamma) / SNR, où SNR = signal² / bruit² et gamma est cette valeur. 0 donne la perte simple de Ho et al. 2020. Cela aide pour les images, mais les mélanges 2D apprennent leurs modes nets à faible bruit. «&#xa0;auto&#xa0;» choisit {points} pour les données 2D et {images} pour les images.</translation>
    </message>
    <message>
        <source>the starting weights, the batches and their noise</source>
        <translation>des poids initiaux, des lots et de leur bruit</translation>
    </message>
    <message>
        <source>Keep colours</source>
        <translation>Garder les couleurs</translation>
    </message>
    <message>
        <source>Train a folder of images in colour (three channels) instead of grey.</source>
        <translation>Entraîner sur un dossier d&apos;images en couleur (trois canaux) plutôt qu&apos;en niveaux de gris.</translation>
    </message>
    <message>
        <source>Noise size</source>
        <translation>Taille du bruit</translation>
    </message>
    <message>
        <source>Numbers in each noise vector z, the generator&apos;s only input. With 2 the lab can draw how G bends the noise plane (the warped grid).</source>
        <translation>Nombre de valeurs dans chaque vecteur de bruit z, la seule entrée du générateur. Avec 2, le labo peut montrer comment G déforme le plan du bruit (la grille déformée).</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>Hidden layers in each network. Deeper can draw sharper shapes but trains slower.</source>
        <translation>Couches cachées de chaque réseau. Plus profond peut dessiner des formes plus nettes, mais s&apos;entraîne plus lentement.</translation>
    </message>
    <message>
        <source>Units per hidden layer: the networks&apos; capacity.</source>
        <translation>Unités par couche cachée&#xa0;: la capacité des réseaux.</translation>
    </message>
    <message>
        <source>G learning rate</source>
        <translation>Taux d&apos;apprentissage de G</translation>
    </message>
    <message>
        <source>Generator learning rate: how far G moves each update. Too high and the fakes overshoot and swing about; too low and they crawl.</source>
        <translation>Taux d&apos;apprentissage du générateur&#xa0;: de combien G bouge à chaque mise à jour. Trop élevé, les faux dépassent la cible et oscillent&#xa0;; trop bas, ils avancent au ralenti.</translation>
    </message>
    <message>
        <source>D learning rate</source>
        <translation>Taux d&apos;apprentissage de D</translation>
    </message>
    <message>
        <source>Discriminator learning rate. A D that learns much faster than G wins the game early and stops teaching G anything.</source>
        <translation>Taux d&apos;apprentissage du discriminateur. Un D qui apprend bien plus vite que G gagne la partie trop tôt et n&apos;apprend plus rien à G.</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimiseur</translation>
    </message>
    <message>
        <source>How gradients become weight changes. Adam adapts the step size per weight and is the usual choice for GANs; plain SGD oscillates more.</source>
        <translation>Comment les gradients deviennent des modifications des poids. Adam adapte la taille du pas à chaque poids et c&apos;est le choix habituel pour les GAN&#xa0;; le SGD simple oscille davantage.</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>SGD avec momentum</translation>
    </message>
    <message>
        <source>D steps per G step</source>
        <translation>Pas de D par pas de G</translation>
    </message>
    <message>
        <source>Discriminator updates before each generator update. More makes D stronger: a good critic helps G, a perfect one leaves G without a useful gradient.</source>
        <translation>Mises à jour du discriminateur avant chaque mise à jour du générateur. Davantage rend D plus fort&#xa0;: un bon critique aide G, un critique parfait laisse G sans gradient utile.</translation>
    </message>
    <message>
        <source>D dropout</source>
        <translation>Dropout de D</translation>
    </message>
    <message>
        <source>Share of D&apos;s units switched off at random in each update. On a small image set it stops D from memorising the real images, which would make G give up on whole classes.</source>
        <translation>Part des unités de D désactivées au hasard à chaque mise à jour. Sur un petit jeu d&apos;images, cela empêche D de mémoriser les images réelles, ce qui pousserait G à abandonner des classes entières.</translation>
    </message>
    <message>
        <source>Real and fake samples in each update.</source>
        <translation>Échantillons réels et faux à chaque mise à jour.</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>The game&apos;s rules. Minimax is the original formula, but its gradient vanishes when D is sure the fakes are fake; non-saturating fixes that; least squares keeps pulling fakes towards the data even when D is right.</source>
        <translation>Les règles du jeu. Le minimax est la formule d&apos;origine, mais son gradient s&apos;annule quand D est sûr que les faux sont faux&#xa0;; la version non saturante corrige cela&#xa0;; les moindres carrés continuent de tirer les faux vers les données même quand D a raison.</translation>
    </message>
    <message>
        <source>non-saturating</source>
        <translation>non saturante</translation>
    </message>
    <message>
        <source>G minimises −log D(G(z)): strong gradients even when D wins.</source>
        <translation>G minimise −log D(G(z))&#xa0;: des gradients forts même quand D gagne.</translation>
    </message>
    <message>
        <source>minimax</source>
        <translation>minimax</translation>
    </message>
    <message>
        <source>G minimises log(1 − D(G(z))), the original game: flat when D is sure.</source>
        <translation>G minimise log(1 − D(G(z))), le jeu d&apos;origine&#xa0;: plat quand D est sûr de lui.</translation>
    </message>
    <message>
        <source>least squares</source>
        <translation>moindres carrés</translation>
    </message>
    <message>
        <source>D regresses real → 1, fake → 0; G pulls its fakes towards 1.</source>
        <translation>D fait une régression réel → 1, faux → 0&#xa0;; G tire ses faux vers 1.</translation>
    </message>
    <message>
        <source>the starting weights, the noise and the batches</source>
        <translation>des poids initiaux, du bruit et des lots</translation>
    </message>
    <message>
        <source>Healthy run</source>
        <translation>Entraînement sain</translation>
    </message>
    <message>
        <source>The tug of war stays balanced: D(real) and D(fake) hover around the middle while the fakes spread over every part of the data.</source>
        <translation>Le bras de fer reste équilibré&#xa0;: D(réel) et D(faux) restent autour du milieu tandis que les faux s&apos;étalent sur toutes les parties des données.</translation>
    </message>
    <message>
        <source>Mode collapse</source>
        <translation>Effondrement des modes</translation>
    </message>
    <message>
        <source>The generator learns far faster than the discriminator can follow: its fakes pile onto one or two modes and hop between them instead of covering all of them.</source>
        <translation>Le générateur apprend bien plus vite que le discriminateur ne peut suivre&#xa0;: ses faux s&apos;entassent sur un ou deux modes et sautent de l&apos;un à l&apos;autre au lieu de tous les couvrir.</translation>
    </message>
    <message>
        <source>Discriminator wins too fast</source>
        <translation>Le discriminateur gagne trop vite</translation>
    </message>
    <message>
        <source>D trains five times per G step with a higher learning rate, and the minimax loss gives G almost no gradient once D is sure: D(real) stays near 0.9 and D(fake) near 0.1, G&apos;s loss lies flat just below 0, and the fakes creep instead of spreading over the modes.</source>
        <translation>D s&apos;entraîne cinq fois par pas de G avec un taux d&apos;apprentissage plus élevé, et la perte minimax ne donne presque plus de gradient à G dès que D est sûr de lui&#xa0;: D(réel) reste vers 0,9 et D(faux) vers 0,1, la perte de G reste plate juste sous 0, et les faux rampent au lieu de s&apos;étaler sur les modes.</translation>
    </message>
    <message>
        <source>Learning rate too high</source>
        <translation>Taux d&apos;apprentissage trop élevé</translation>
    </message>
    <message>
        <source>Every update overshoots: the losses jump about, the heat map flickers and the fakes swing across the plane without settling.</source>
        <translation>Chaque mise à jour dépasse la cible&#xa0;: les pertes sautent, la carte de chaleur clignote et les faux oscillent à travers le plan sans se stabiliser.</translation>
    </message>
    <message>
        <source>There is no preset &apos;{name}&apos;; choose one of: {choices}.</source>
        <translation>Il n&apos;existe pas de préréglage «&#xa0;{name}&#xa0;»&#xa0;; choisissez parmi&#xa0;: {choices}.</translation>
    </message>
    <message>
        <source>Modes covered (of {modes})</source>
        <translation>Modes couverts (sur {modes})</translation>
    </message>
    <message>
        <source>D(real) - D(fake)</source>
        <translation>D(réel) - D(faux)</translation>
    </message>
    <message>
        <source>Unstable: the losses jump about instead of settling, as when the learning rates are too high.</source>
        <translation>Instable&#xa0;: les pertes sautent au lieu de se stabiliser, comme lorsque les taux d&apos;apprentissage sont trop élevés.</translation>
    </message>
    <message>
        <source>The discriminator has won: its verdicts on real and fake are {gap:.2f} apart and G&apos;s loss has stopped moving, so G learns almost nothing.</source>
        <translation>Le discriminateur a gagné&#xa0;: ses verdicts sur le réel et le faux sont écartés de {gap:.2f} et la perte de G ne bouge plus, donc G n&apos;apprend presque rien.</translation>
    </message>
    <message>
        <source>Mode collapse: the generator covers only {covered} of the {modes} modes and ignores the rest.</source>
        <translation>Effondrement des modes&#xa0;: le générateur ne couvre que {covered} des {modes} modes et ignore les autres.</translation>
    </message>
    <message>
        <source>Mode collapse: the fakes have bunched together and no longer vary like the data.</source>
        <translation>Effondrement des modes&#xa0;: les faux se sont regroupés et ne varient plus comme les données.</translation>
    </message>
    <message>
        <source>1 · Sample noise</source>
        <translation>1 · Tirer le bruit</translation>
    </message>
    <message>
        <source>2 · G makes fakes</source>
        <translation>2 · G fabrique des faux</translation>
    </message>
    <message>
        <source>3 · D scores real and fake</source>
        <translation>3 · D note le réel et le faux</translation>
    </message>
    <message>
        <source>4 · Losses</source>
        <translation>4 · Pertes</translation>
    </message>
    <message>
        <source>5 · Gradients</source>
        <translation>5 · Gradients</translation>
    </message>
    <message>
        <source>6 · Update</source>
        <translation>6 · Mise à jour</translation>
    </message>
    <message>
        <source>Draw {n} random noise vectors z, each a single number from a standard normal distribution. Noise is the generator&apos;s only input: all variety comes from it.</source>
        <translation>Tirer {n} vecteurs de bruit z aléatoires, chacun un seul nombre issu d&apos;une loi normale centrée réduite. Le bruit est la seule entrée du générateur&#xa0;: toute la variété vient de lui.</translation>
    </message>
    <message>
        <source>Draw {n} random noise vectors z, each {numbers} numbers from a standard normal distribution. Noise is the generator&apos;s only input: all variety comes from it.</source>
        <translation>Tirer {n} vecteurs de bruit z aléatoires, chacun de {numbers} nombres issus d&apos;une loi normale centrée réduite. Le bruit est la seule entrée du générateur&#xa0;: toute la variété vient de lui.</translation>
    </message>
    <message>
        <source>The generator turns every z into a fake point G(z). It has never seen a real point; it only learns from what the discriminator says next.</source>
        <translation>Le générateur transforme chaque z en un faux point G(z). Il n&apos;a jamais vu de point réel&#xa0;; il n&apos;apprend que de ce que le discriminateur dit ensuite.</translation>
    </message>
    <message>
        <source>The discriminator gives each point a probability of being real: on average {real:.2f} for {n} real points and {fake:.2f} for the fakes.</source>
        <translation>Le discriminateur donne à chaque point une probabilité d&apos;être réel&#xa0;: en moyenne {real:.2f} pour {n} points réels et {fake:.2f} pour les faux.</translation>
    </message>
    <message>
        <source>The discriminator gives each point a score of being real (1 = real, 0 = fake): on average {real:.2f} for {n} real points and {fake:.2f} for the fakes.</source>
        <translation>Le discriminateur donne à chaque point un score de réalité (1 = réel, 0 = faux)&#xa0;: en moyenne {real:.2f} pour {n} points réels et {fake:.2f} pour les faux.</translation>
    </message>
    <message>
        <source>Backpropagation through D tells every fake which way to change to look more real (the arrows); D&apos;s own gradients say how to tell them apart better.</source>
        <translation>La rétropropagation à travers D indique à chaque faux dans quelle direction changer pour paraître plus réel (les flèches)&#xa0;; les gradients propres à D lui disent comment mieux les distinguer.</translation>
    </message>
    <message>
        <source>The generator turns every z into a fake image G(z). It has never seen a real image; it only learns from what the discriminator says next.</source>
        <translation>Le générateur transforme chaque z en une fausse image G(z). Il n&apos;a jamais vu d&apos;image réelle&#xa0;; il n&apos;apprend que de ce que le discriminateur dit ensuite.</translation>
    </message>
    <message>
        <source>The discriminator gives each image a probability of being real: on average {real:.2f} for {n} real images and {fake:.2f} for the fakes.</source>
        <translation>Le discriminateur donne à chaque image une probabilité d&apos;être réelle&#xa0;: en moyenne {real:.2f} pour {n} images réelles et {fake:.2f} pour les faux.</translation>
    </message>
    <message>
        <source>The discriminator gives each image a score of being real (1 = real, 0 = fake): on average {real:.2f} for {n} real images and {fake:.2f} for the fakes.</source>
        <translation>Le discriminateur donne à chaque image un score de réalité (1 = réelle, 0 = fausse)&#xa0;: en moyenne {real:.2f} pour {n} images réelles et {fake:.2f} pour les faux.</translation>
    </message>
    <message>
        <source>Backpropagation through D tells every fake which way to change to look more real (the arrows: brighter or darker pixels); D&apos;s own gradients say how to tell them apart better.</source>
        <translation>La rétropropagation à travers D indique à chaque faux dans quelle direction changer pour paraître plus réel (les flèches&#xa0;: pixels plus clairs ou plus sombres)&#xa0;; les gradients propres à D lui disent comment mieux les distinguer.</translation>
    </message>
    <message>
        <source>{optimizer} nudges D&apos;s weights, then G&apos;s (this run repeats the discriminator&apos;s part {d_steps} times per generator update). The same noise now gives these fakes, and D rates them {after:.2f} on average (it was {before:.2f}).</source>
        <translation>{optimizer} ajuste les poids de D, puis ceux de G (cet entraînement répète la partie du discriminateur {d_steps} fois par mise à jour du générateur). Le même bruit donne maintenant ces faux, et D leur donne en moyenne {after:.2f} (contre {before:.2f} avant).</translation>
    </message>
    <message>
        <source>{optimizer} nudges D&apos;s weights, then G&apos;s. The same noise now gives these fakes, and D rates them {after:.2f} on average (it was {before:.2f}).</source>
        <translation>{optimizer} ajuste les poids de D, puis ceux de G. Le même bruit donne maintenant ces faux, et D leur donne en moyenne {after:.2f} (contre {before:.2f} avant).</translation>
    </message>
    <message>
        <source>D&apos;s loss ({d_loss:.3f}) is small when it tells real from fake; G&apos;s loss {formula} ({g_loss:.3f}) is small when D is fooled. They pull in opposite directions: the tug of war.</source>
        <translation>La perte de D ({d_loss:.3f}) est faible quand il distingue le réel du faux&#xa0;; la perte de G {formula} ({g_loss:.3f}) est faible quand D est trompé. Elles tirent en sens opposés&#xa0;: c&apos;est le bras de fer.</translation>
    </message>
    <message>
        <source>Grey levels</source>
        <translation>Niveaux de gris</translation>
    </message>
    <message>
        <source>How many shades of grey a pixel can take: each is one token of the model&apos;s vocabulary. The built-in digits have exactly 17 (0 to 16); other images are rounded to the nearest level, and colour images are turned grey first.</source>
        <translation>Le nombre de nuances de gris qu&apos;un pixel peut prendre&#xa0;: chacune est un token du vocabulaire du modèle. Les chiffres intégrés en ont exactement 17 (de 0 à 16)&#xa0;; les autres images sont arrondies au niveau le plus proche, et les images en couleur sont d&apos;abord passées en gris.</translation>
    </message>
    <message>
        <source>Transformer blocks stacked on top of each other.</source>
        <translation>Blocs de transformer empilés les uns sur les autres.</translation>
    </message>
    <message>
        <source>Heads</source>
        <translation>Têtes</translation>
    </message>
    <message>
        <source>Attention heads per block: each can look back at different pixels (the one to the left, the one above). The width must divide evenly among them.</source>
        <translation>Têtes d&apos;attention par bloc&#xa0;: chacune peut regarder en arrière des pixels différents (celui de gauche, celui du dessus). La largeur doit se répartir également entre elles.</translation>
    </message>
    <message>
        <source>Numbers used to represent each pixel inside the model (the width of the residual stream). Wider learns more, but trains slower.</source>
        <translation>Nombre de valeurs représentant chaque pixel dans le modèle (la largeur du flux résiduel). Plus large apprend davantage, mais s&apos;entraîne plus lentement.</translation>
    </message>
    <message>
        <source>Images per training step; each gives a guess for every one of its pixels.</source>
        <translation>Images par pas d&apos;entraînement&#xa0;; chacune fournit une prédiction pour chacun de ses pixels.</translation>
    </message>
    <message>
        <source>the starting weights and of the batches</source>
        <translation>des poids initiaux et des lots</translation>
    </message>
    <message>
        <source>The width ({width}) must be a multiple of the heads ({heads}).</source>
        <translation>La largeur ({width}) doit être un multiple du nombre de têtes ({heads}).</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>{label} cannot be {value}: choose {choices} or {last}.</source>
        <translation>{label} ne peut pas valoir {value}&#xa0;: choisissez {choices} ou {last}.</translation>
    </message>
    <message>
        <source>{label} must be above {low} and at most {high}, not {value}.</source>
        <translation>{label} doit être supérieur à {low} et au plus {high}, et non {value}.</translation>
    </message>
    <message>
        <source>{label} must be from {low} to {high}, not {value}.</source>
        <translation>{label} doit être compris entre {low} et {high}, et non {value}.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>The random seed of {randomness}: the same seed and settings train the same model again.</source>
        <translation>La graine aléatoire {randomness}&#xa0;: la même graine et les mêmes réglages entraînent à nouveau le même modèle.</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>How big a nudge each step gives the weights ({optimizer}). Too high and the loss jumps about or becomes NaN; too low and learning crawls.{more}</source>
        <translation>L&apos;ampleur de l&apos;ajustement que chaque pas donne aux poids ({optimizer}). Trop élevé, la perte saute ou devient NaN&#xa0;; trop bas, l&apos;apprentissage avance au ralenti.{more}</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Taille d&apos;image</translation>
    </message>
    <message>
        <source>A folder of your own images is cut to squares of this many pixels a side; the built-in sets keep their own size.</source>
        <translation>Un dossier de vos propres images est découpé en carrés de ce nombre de pixels de côté&#xa0;; les jeux intégrés gardent leur propre taille.</translation>
    </message>
    <message>
        <source>Training images</source>
        <translation>Images d&apos;entraînement</translation>
    </message>
    <message>
        <source>Train on only this many images of the data set, picked at random with the seed. With very few (16) a model can learn them by heart and hand back copies; with all of them it has to learn what digits have in common.</source>
        <translation>S&apos;entraîner sur ce nombre d&apos;images seulement, tirées au hasard avec la graine. Avec très peu d&apos;images (16), un modèle peut les apprendre par cœur et en rendre des copies&#xa0;; avec toutes, il doit apprendre ce que les chiffres ont en commun.</translation>
    </message>
    <message>
        <source>all</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>How text is cut into tokens, the units the model reads and predicts: whole words (and punctuation), or single characters (a small vocabulary, but longer sequences).</source>
        <translation>Comment le texte est découpé en tokens, les unités que le modèle lit et prédit&#xa0;: des mots entiers (et la ponctuation), ou des caractères isolés (un petit vocabulaire, mais des séquences plus longues).</translation>
    </message>
    <message>
        <source>words</source>
        <translation>mots</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>caractères</translation>
    </message>
    <message>
        <source>Attention heads per block: each can look for a different pattern. The width must divide evenly among them.</source>
        <translation>Têtes d&apos;attention par bloc&#xa0;: chacune peut chercher un motif différent. La largeur doit se répartir également entre elles.</translation>
    </message>
    <message>
        <source>Numbers used to represent each token inside the model (the width of the residual stream). Wider learns more, but trains slower.</source>
        <translation>Nombre de valeurs représentant chaque token dans le modèle (la largeur du flux résiduel). Plus large apprend davantage, mais s&apos;entraîne plus lentement.</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Context length: how many tokens the model can look back at when predicting the next one.</source>
        <translation>Longueur du contexte&#xa0;: combien de tokens le modèle peut regarder en arrière pour prédire le suivant.</translation>
    </message>
    <message>
        <source>Sequences per training step.</source>
        <translation>Séquences par pas d&apos;entraînement.</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>Regularisation: while training, this share of the activations is zeroed at random, so the model cannot lean on any one of them to memorise its text. 0 turns it off.</source>
        <translation>Régularisation&#xa0;: pendant l&apos;entraînement, cette part des activations est mise à zéro au hasard, pour que le modèle ne puisse s&apos;appuyer sur aucune d&apos;elles pour mémoriser son texte. 0 le désactive.</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>Décroissance des poids</translation>
    </message>
    <message>
        <source>Regularisation: each step pulls every weight a little towards 0 (AdamW), so only weights that help on many sentences stay large. 0 turns it off.</source>
        <translation>Régularisation&#xa0;: chaque pas tire chaque poids un peu vers 0 (AdamW), si bien que seuls les poids utiles sur beaucoup de phrases restent grands. 0 la désactive.</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Divides the model&apos;s scores before they become probabilities: below 1 the favourite gets even more likely; above 1 unlikely tokens get a chance.</source>
        <translation>Divise les scores du modèle avant qu&apos;ils ne deviennent des probabilités&#xa0;: en dessous de 1, le favori devient encore plus probable&#xa0;; au-dessus de 1, les tokens improbables ont leur chance.</translation>
    </message>
    <message>
        <source>Top-k</source>
        <translation>Top-k</translation>
    </message>
    <message>
        <source>Keep only the k most probable tokens and share their probability out again.</source>
        <translation>Ne garder que les k tokens les plus probables et leur redistribuer la probabilité.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Nucleus sampling: keep the fewest top tokens whose probabilities add up to p.</source>
        <translation>Échantillonnage par noyau&#xa0;: garder le plus petit nombre de tokens en tête dont les probabilités totalisent p.</translation>
    </message>
    <message>
        <source>Greedy: always take the top token</source>
        <translation>Glouton&#xa0;: toujours prendre le token en tête</translation>
    </message>
    <message>
        <source>No randomness: the most probable token every time.</source>
        <translation>Aucun hasard&#xa0;: le token le plus probable à chaque fois.</translation>
    </message>
    <message>
        <source>The corpus has only {tokens} tokens: a context length of {block} needs at least {needed}; use a longer text or a shorter context.</source>
        <translation>Le corpus ne compte que {tokens} tokens&#xa0;: un contexte de longueur {block} en demande au moins {needed}. Prenez un texte plus long ou un contexte plus court.</translation>
    </message>
    <message>
        <source>Training diverged: the loss is no longer a number. Lower the learning rate (now {rate:g}) or press Back to default settings, then New model.</source>
        <translation>L&apos;entraînement a divergé&#xa0;: la perte n&apos;est plus un nombre. Baissez le taux d&apos;apprentissage (actuellement {rate:g}) ou appuyez sur Rétablir les réglages par défaut, puis sur Nouveau modèle.</translation>
    </message>
    <message>
        <source>Training diverged: the loss rose from {first:.1f} to {recent:.0f} nats, because each step overshoots. Lower the learning rate (now {rate:g}) or press Back to default settings, then New model.</source>
        <translation>L&apos;entraînement a divergé&#xa0;: la perte est passée de {first:.1f} à {recent:.0f} nats, car chaque pas dépasse la cible. Baissez le taux d&apos;apprentissage (actuellement {rate:g}) ou appuyez sur Rétablir les réglages par défaut, puis sur Nouveau modèle.</translation>
    </message>
    <message>
        <source>The model collapsed onto one token: it predicts &apos;{token}&apos; almost whatever the text. Lower the learning rate (now {rate:g}) or press Back to default settings, then New model.</source>
        <translation>Le modèle s&apos;est effondré sur un seul token&#xa0;: il prédit «&#xa0;{token}&#xa0;» presque quel que soit le texte. Baissez le taux d&apos;apprentissage (actuellement {rate:g}) ou appuyez sur Rétablir les réglages par défaut, puis sur Nouveau modèle.</translation>
    </message>
    <message>
        <source>&apos;{token}&apos; is not a single token of this model&apos;s vocabulary.</source>
        <translation>«&#xa0;{token}&#xa0;» n&apos;est pas un token unique du vocabulaire de ce modèle.</translation>
    </message>
    <message>
        <source>P(&quot;{token}&quot; | the text)</source>
        <translation>P(«&#xa0;{token}&#xa0;» | le texte)</translation>
    </message>
    <message>
        <source>Latent size</source>
        <translation>Taille latente</translation>
    </message>
    <message>
        <source>How many numbers the encoder squeezes each example into (the code z). With 2 the map shows the latent space itself; with more, the map shows its two main directions (PCA) and the VAE reconstructs better.</source>
        <translation>Le nombre de valeurs dans lesquelles l&apos;encodeur comprime chaque exemple (le code z). Avec 2, la carte montre l&apos;espace latent lui-même&#xa0;; avec plus, la carte montre ses deux directions principales (ACP) et le VAE reconstruit mieux.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Fully connected layers see every pixel at once and train fastest on a CPU; convolutions look at small patches and suit larger images.</source>
        <translation>Les couches entièrement connectées voient tous les pixels à la fois et s&apos;entraînent le plus vite sur un CPU&#xa0;; les convolutions regardent de petites zones et conviennent aux images plus grandes.</translation>
    </message>
    <message>
        <source>fully connected (MLP)</source>
        <translation>entièrement connecté (MLP)</translation>
    </message>
    <message>
        <source>convolutional (images)</source>
        <translation>convolutif (images)</translation>
    </message>
    <message>
        <source>Hidden units per layer (MLP) or filters in the first convolution (doubled in the second). Wider fits more detail but trains slower.</source>
        <translation>Unités cachées par couche (MLP) ou filtres de la première convolution (doublés dans la seconde). Plus large capte plus de détails, mais s&apos;entraîne plus lentement.</translation>
    </message>
    <message>
        <source>β (KL weight)</source>
        <translation>β (poids du KL)</translation>
    </message>
    <message>
        <source>The weight of the KL term: 1 is the true evidence lower bound; more pulls every code towards the prior, and it can change while the model trains.</source>
        <translation>Le poids du terme KL&#xa0;: 1 donne la vraie borne inférieure de l&apos;évidence&#xa0;; au-delà, chaque code est davantage tiré vers la loi a priori, et il peut changer pendant l&apos;entraînement du modèle.</translation>
    </message>
    <message>
        <source>Examples per training step.</source>
        <translation>Exemples par pas d&apos;entraînement.</translation>
    </message>
    <message>
        <source>the starting weights, the batches and the noise of the reparameterisation</source>
        <translation>des poids initiaux, des lots et du bruit de la reparamétrisation</translation>
    </message>
    <message>
        <source>The conv network halves the image twice, so the image size must be a multiple of 4, not {size}.</source>
        <translation>Le réseau convolutif divise l&apos;image par deux deux fois&#xa0;: la taille d&apos;image doit donc être un multiple de 4, et non {size}.</translation>
    </message>
    <message>
        <source>every family&apos;s starting weights and batches, and of the training images picked</source>
        <translation>des poids initiaux et des lots de chaque famille, et des images d&apos;entraînement tirées</translation>
    </message>
    <message>
        <source>CUDA GPU ({name})</source>
        <translation>GPU CUDA ({name})</translation>
    </message>
    <message>
        <source>Apple GPU (MPS)</source>
        <translation>GPU Apple (MPS)</translation>
    </message>
    <message>
        <source>CPU (1 thread)</source>
        <translation>CPU (1 thread)</translation>
    </message>
    <message>
        <source>CPU ({threads} threads)</source>
        <translation>CPU ({threads} threads)</translation>
    </message>
    <message>
        <source>Samples that look like digits</source>
        <translation>Échantillons qui ressemblent à des chiffres</translation>
    </message>
    <message>
        <source>{name} is neither a .gif nor an .mp4 file: name the animation FILE.gif or FILE.mp4.</source>
        <translation>{name} n&apos;est ni un fichier .gif ni un fichier .mp4&#xa0;: nommez l&apos;animation FICHIER.gif ou FICHIER.mp4.</translation>
    </message>
    <message>
        <source>Writing MP4 needs PyAV, which is not installed: run {command}, or write a .gif.</source>
        <translation>L&apos;écriture en MP4 demande PyAV, qui n&apos;est pas installé&#xa0;: lancez {command}, ou écrivez un .gif.</translation>
    </message>
    <message>
        <source>There are no frames to write.</source>
        <translation>Il n&apos;y a aucune image à écrire.</translation>
    </message>
    <message>
        <source>Train for a finite time above 0 seconds, not {seconds}.</source>
        <translation>Entraînez pendant une durée finie supérieure à 0 seconde, et non {seconds}.</translation>
    </message>
    <message>
        <source>Ask for at least 1 sample, not {n}.</source>
        <translation>Demandez au moins 1 échantillon, et non {n}.</translation>
    </message>
    <message>
        <source>There is no sample {index} in the grid: pick one of the {count} shown.</source>
        <translation>Il n&apos;y a pas d&apos;échantillon {index} dans la grille&#xa0;: choisissez l&apos;un des {count} affichés.</translation>
    </message>
    <message>
        <source>The digit judge needs images shaped (N, H, W); got {shape}.</source>
        <translation>Le juge de chiffres demande des images de forme (N, H, W)&#xa0;; reçu {shape}.</translation>
    </message>
    <message>
        <source>Samples of {values} values cannot be compared with training images of {training}.</source>
        <translation>Des échantillons de {values} valeurs ne peuvent pas être comparés à des images d&apos;entraînement de {training} valeurs.</translation>
    </message>
    <message>
        <source>The copy rule needs at least two different training images.</source>
        <translation>La règle de copie demande au moins deux images d&apos;entraînement différentes.</translation>
    </message>
    <message>
        <source>Image size must be between {low} and {high} pixels, not {size}.</source>
        <translation>La taille d&apos;image doit être comprise entre {low} et {high} pixels, et non {size}.</translation>
    </message>
    <message>
        <source>Reading your own images needs the Pillow package: pip install pillow.</source>
        <translation>Lire vos propres images demande le paquet Pillow&#xa0;: pip install pillow.</translation>
    </message>
    <message>
        <source>{folder} is one of the system&apos;s folders under /proc or /sys, not a folder of images.</source>
        <translation>{folder} est l&apos;un des dossiers système sous /proc ou /sys, pas un dossier d&apos;images.</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>The folder {folder} holds no PNG or JPEG images.</source>
        <translation>Le dossier {folder} ne contient aucune image PNG ou JPEG.</translation>
    </message>
    <message>
        <source>The folder {folder} holds {count} images; use at most {most}.</source>
        <translation>Le dossier {folder} contient {count} images&#xa0;; utilisez-en au plus {most}.</translation>
    </message>
    <message>
        <source>None of the {count} image files in {folder} could be read ({large} of them over {megapixels:g} megapixels).</source>
        <translation>Aucun des {count} fichiers d&apos;image de {folder} n&apos;a pu être lu ({large} d&apos;entre eux dépassent {megapixels:g} mégapixels).</translation>
    </message>
    <message>
        <source>None of the {count} image files in {folder} could be read.</source>
        <translation>Aucun des {count} fichiers d&apos;image de {folder} n&apos;a pu être lu.</translation>
    </message>
    <message>
        <source>Keeping every frame of {n:,} samples over {steps} steps would hold {millions:,.0f} million numbers, over the limit of {limit:g} million: ask for fewer samples or steps.</source>
        <translation>Garder chaque image intermédiaire de {n:,} échantillons sur {steps} pas représenterait {millions:,.0f} millions de nombres, au-delà de la limite de {limit:g} millions&#xa0;: demandez moins d&apos;échantillons ou de pas.</translation>
    </message>
    <message>
        <source>{name} does not match the model its settings describe.</source>
        <translation>{name} ne correspond pas au modèle que décrivent ses réglages.</translation>
    </message>
    <message>
        <source>Unknown sampler &apos;{sampler}&apos;: choose ddpm or ddim.</source>
        <translation>Échantillonneur inconnu «&#xa0;{sampler}&#xa0;»&#xa0;: choisissez ddpm ou ddim.</translation>
    </message>
    <message>
        <source>The number of sampling steps must be between 1 and T = {timesteps}, not {steps}.</source>
        <translation>Le nombre de pas d&apos;échantillonnage doit être compris entre 1 et T = {timesteps}, et non {steps}.</translation>
    </message>
    <message>
        <source>Unknown noise schedule &apos;{name}&apos;: choose linear or cosine.</source>
        <translation>Programme de bruit inconnu «&#xa0;{name}&#xa0;»&#xa0;: choisissez linear ou cosine.</translation>
    </message>
    <message>
        <source>{name} has {count} example: a model needs at least 2 to learn from.</source>
        <translation>{name} contient {count} exemple&#xa0;: un modèle en demande au moins 2 pour apprendre.</translation>
    </message>
    <message>
        <source>Real or fake? needs a data set of images.</source>
        <translation>Réel ou faux&#xa0;? demande un jeu de données d&apos;images.</translation>
    </message>
    <message>
        <source>The loss became {loss} at step {step}, so training was paused: lower the learning rate and press Reset.</source>
        <translation>La perte est devenue {loss} au pas {step}, l&apos;entraînement a donc été mis en pause&#xa0;: baissez le taux d&apos;apprentissage et appuyez sur Réinitialiser.</translation>
    </message>
    <message>
        <source>The loss became {loss} at step {step}: lower the learning rate and try again.</source>
        <translation>La perte est devenue {loss} au pas {step}&#xa0;: baissez le taux d&apos;apprentissage et réessayez.</translation>
    </message>
    <message>
        <source>A GAN samples in one step from noise, so it takes no {options} option.</source>
        <translation>Un GAN échantillonne en un seul pas à partir du bruit&#xa0;: il n&apos;accepte donc pas l&apos;option {options}.</translation>
    </message>
    <message>
        <source>{name} does not match the GAN its settings describe.</source>
        <translation>{name} ne correspond pas au GAN que décrivent ses réglages.</translation>
    </message>
    <message>
        <source>That failed because of an unexpected error ({kind}: {error}). Press Reset.</source>
        <translation>Cela a échoué à cause d&apos;une erreur inattendue ({kind}&#xa0;: {error}). Appuyez sur Réinitialiser.</translation>
    </message>
    <message>
        <source>The training process stopped unexpectedly (killed by signal {signal}). Press Reset to start again.</source>
        <translation>Le processus d&apos;entraînement s&apos;est arrêté de manière inattendue (tué par le signal {signal}). Appuyez sur Réinitialiser pour recommencer.</translation>
    </message>
    <message>
        <source>The training process stopped unexpectedly (exit status {status}). Press Reset to start again.</source>
        <translation>Le processus d&apos;entraînement s&apos;est arrêté de manière inattendue (code de sortie {status}). Appuyez sur Réinitialiser pour recommencer.</translation>
    </message>
    <message>
        <source>There is no model yet: press Reset.</source>
        <translation>Il n&apos;y a pas encore de modèle&#xa0;: appuyez sur Réinitialiser.</translation>
    </message>
    <message>
        <source>The {lab} lab has no request called {name}.</source>
        <translation>Le labo {lab} n&apos;a pas de requête nommée {name}.</translation>
    </message>
    <message>
        <source>The lesson&apos;s {lab} lab has no model file to put in it.</source>
        <translation>Le labo {lab} de la leçon n&apos;a pas de fichier de modèle à y mettre.</translation>
    </message>
    <message>
        <source>The lesson written to {path} did not read back as written.</source>
        <translation>La leçon écrite dans {path} ne s&apos;est pas relue telle qu&apos;elle a été écrite.</translation>
    </message>
    <message>
        <source>{name} is not a genviz lesson, or it is damaged or cut short.</source>
        <translation>{name} n&apos;est pas une leçon genviz, ou elle est endommagée ou tronquée.</translation>
    </message>
    <message>
        <source>{name} is a zip file but not a genviz lesson: it holds no {manifest}.</source>
        <translation>{name} est un fichier zip mais pas une leçon genviz&#xa0;: il ne contient pas de {manifest}.</translation>
    </message>
    <message>
        <source>{name} holds {member}, which a lesson may not: a lesson holds only {manifest} and .safetensors model files, with plain names.</source>
        <translation>{name} contient {member}, ce qu&apos;une leçon ne peut pas contenir&#xa0;: une leçon ne contient que {manifest} et des fichiers de modèle .safetensors, aux noms simples.</translation>
    </message>
    <message>
        <source>{name} holds two members of the same name, which a lesson may not.</source>
        <translation>{name} contient deux éléments du même nom, ce qu&apos;une leçon ne peut pas faire.</translation>
    </message>
    <message>
        <source>{name} unpacks to more than {megabytes:g} MB, larger than a lesson may.</source>
        <translation>{name} dépasse {megabytes:g} Mo une fois décompressé, plus qu&apos;une leçon ne le peut.</translation>
    </message>
    <message>
        <source>{name} holds {member}, which none of its labs uses.</source>
        <translation>{name} contient {member}, qu&apos;aucun de ses labos n&apos;utilise.</translation>
    </message>
    <message>
        <source>{name} names the model file {model} for its {lab} lab but does not hold it.</source>
        <translation>{name} indique le fichier de modèle {model} pour son labo {lab}, mais ne le contient pas.</translation>
    </message>
    <message>
        <source>{name} cannot be opened: in its {lab} lab, {reason}</source>
        <translation>{name} ne peut pas être ouvert. Dans son labo {lab}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: it is not JSON.</source>
        <translation>{name} a un {manifest} endommagé&#xa0;: ce n&apos;est pas du JSON.</translation>
    </message>
    <message>
        <source>{name} is a zip file but not a genviz lesson: its {manifest} is not genviz&apos;s.</source>
        <translation>{name} est un fichier zip mais pas une leçon genviz&#xa0;: son {manifest} n&apos;est pas celui de genviz.</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: its format_version is not a whole number from 1.</source>
        <translation>{name} a un {manifest} endommagé&#xa0;: son format_version n&apos;est pas un nombre entier à partir de 1.</translation>
    </message>
    <message>
        <source>{name} was written by a newer genviz (lesson format {version}); this one reads format {readable} or older: please update genviz.</source>
        <translation>{name} a été écrit par un genviz plus récent (format de leçon {version})&#xa0;; celui-ci lit le format {readable} ou plus ancien&#xa0;: mettez genviz à jour.</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: its title is not a line of text.</source>
        <translation>{name} a un {manifest} endommagé&#xa0;: son titre n&apos;est pas une ligne de texte.</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: it names no labs.</source>
        <translation>{name} a un {manifest} endommagé&#xa0;: il ne nomme aucun labo.</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: its steps are not a list of at most {most}.</source>
        <translation>{name} a un {manifest} endommagé&#xa0;: ses étapes ne sont pas une liste d&apos;au plus {most}.</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: {key} is not text of at most {limit:,} characters.</source>
        <translation>{name} a un {manifest} endommagé&#xa0;: {key} n&apos;est pas un texte d&apos;au plus {limit:,} caractères.</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: it names a lab genviz does not have ({lab}).</source>
        <translation>{name} a un {manifest} endommagé&#xa0;: il nomme un labo que genviz n&apos;a pas ({lab}).</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: its {lab} lab&apos;s model is not a plain file name ending in {suffix}.</source>
        <translation>{name} a un {manifest} endommagé&#xa0;: le modèle de son labo {lab} n&apos;est pas un simple nom de fichier se terminant par {suffix}.</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: its {lab} lab hides something other than {hideable}.</source>
        <translation>{name} a un {manifest} endommagé&#xa0;: son labo {lab} masque autre chose que {hideable}.</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: its {lab} lab&apos;s font_scale is not a number from {low} to {high}.</source>
        <translation>{name} a un {manifest} endommagé&#xa0;: le font_scale de son labo {lab} n&apos;est pas un nombre de {low} à {high}.</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: a step&apos;s lab is not a lab&apos;s name.</source>
        <translation>{name} a un {manifest} endommagé&#xa0;: le labo d&apos;une étape n&apos;est pas un nom de labo.</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: a step&apos;s timeline step is neither a whole number from 0 nor &quot;{now}&quot;.</source>
        <translation>{name} a un {manifest} endommagé&#xa0;: le pas de chronologie d&apos;une étape n&apos;est ni un nombre entier à partir de 0 ni «&#xa0;{now}&#xa0;».</translation>
    </message>
    <message>
        <source>{name} names a lab twice: a lesson holds one model per lab.</source>
        <translation>{name} nomme un labo deux fois&#xa0;: une leçon contient un modèle par labo.</translation>
    </message>
    <message>
        <source>{name} gives two labs the same model file.</source>
        <translation>{name} donne le même fichier de modèle à deux labos.</translation>
    </message>
    <message>
        <source>{name} gives its {lab} lab a prompt, but only the text lab has one.</source>
        <translation>{name} donne un prompt à son labo {lab}, mais seul le labo texte en a un.</translation>
    </message>
    <message>
        <source>{name} says its {lab} lab shows {data}, but its model learnt {learnt}.</source>
        <translation>{name} dit que son labo {lab} montre {data}, mais son modèle a appris {learnt}.</translation>
    </message>
    <message>
        <source>Step {index} of {name} shows the {lab} lab, which the lesson does not hold.</source>
        <translation>L&apos;étape {index} de {name} montre le labo {lab}, que la leçon ne contient pas.</translation>
    </message>
    <message>
        <source>Step {index} of {name} sets a prompt in the {lab} lab, but only the text lab has one.</source>
        <translation>L&apos;étape {index} de {name} définit un prompt dans le labo {lab}, mais seul le labo texte en a un.</translation>
    </message>
    <message>
        <source>Step {index} of {name} enlarges the panel {panel}, which the {lab} lab does not have: its panels are {panels}.</source>
        <translation>L&apos;étape {index} de {name} agrandit le panneau {panel}, que le labo {lab} n&apos;a pas&#xa0;: ses panneaux sont {panels}.</translation>
    </message>
    <message>
        <source>{name} has no steps: begin each step with a line starting with &apos;## &apos;.</source>
        <translation>{name} n&apos;a aucune étape&#xa0;: commencez chaque étape par une ligne qui débute par «&#xa0;##&#xa0;».</translation>
    </message>
    <message>
        <source>{name} shows the {lab} lab in its step {heading}, but no --model is of that lab ({labs}).</source>
        <translation>{name} montre le labo {lab} dans son étape {heading}, mais aucun --model n&apos;est de ce labo ({labs}).</translation>
    </message>
    <message>
        <source>{name} gives the step {heading} the timeline step {step}: write a whole number or now.</source>
        <translation>{name} donne à l&apos;étape {heading} le pas de chronologie {step}&#xa0;: écrivez un nombre entier ou now.</translation>
    </message>
    <message>
        <source>{name} enlarges the panel {panel} in its step {heading}, which the {lab} lab does not have: its panels are {panels}.</source>
        <translation>{name} agrandit le panneau {panel} dans son étape {heading}, que le labo {lab} n&apos;a pas&#xa0;: ses panneaux sont {panels}.</translation>
    </message>
    <message>
        <source>{name} has a state line genviz cannot read ({line}): write it as {example}</source>
        <translation>{name} a une ligne d&apos;état que genviz ne sait pas lire ({line})&#xa0;: écrivez-la ainsi&#xa0;: {example}</translation>
    </message>
    <message>
        <source>{name} keeps no training timeline (it was saved without its history), so it has no earlier steps.</source>
        <translation>{name} ne garde pas de chronologie d&apos;entraînement (il a été enregistré sans son historique)&#xa0;: il n&apos;a donc pas d&apos;étapes antérieures.</translation>
    </message>
    <message>
        <source>The model file written to {path} did not read back as written.</source>
        <translation>Le fichier de modèle écrit dans {path} ne s&apos;est pas relu tel qu&apos;il a été écrit.</translation>
    </message>
    <message>
        <source>{name} is not a genviz model file, or it is damaged or cut short.</source>
        <translation>{name} n&apos;est pas un fichier de modèle genviz, ou il est endommagé ou tronqué.</translation>
    </message>
    <message>
        <source>There is no model file at {path}.</source>
        <translation>Il n&apos;y a pas de fichier de modèle à {path}.</translation>
    </message>
    <message>
        <source>{name} is a safetensors file but was not written by genviz.</source>
        <translation>{name} est un fichier safetensors, mais il n&apos;a pas été écrit par genviz.</translation>
    </message>
    <message>
        <source>{name} has damaged genviz metadata.</source>
        <translation>{name} a des métadonnées genviz endommagées.</translation>
    </message>
    <message>
        <source>{name} was written by a newer genviz (model format {version}); this one reads format {readable} or older: please update genviz.</source>
        <translation>{name} a été écrit par un genviz plus récent (format de modèle {version})&#xa0;; celui-ci lit le format {readable} ou plus ancien&#xa0;: mettez genviz à jour.</translation>
    </message>
    <message>
        <source>{name} holds a kind of model this genviz does not know ({lab}).</source>
        <translation>{name} contient un type de modèle que ce genviz ne connaît pas ({lab}).</translation>
    </message>
    <message>
        <source>{name} holds a {lab} model, not a {expected} model.</source>
        <translation>{name} contient un modèle {lab}, et non un modèle {expected}.</translation>
    </message>
    <message>
        <source>{name} has damaged loss curves.</source>
        <translation>{name} a des courbes de perte endommagées.</translation>
    </message>
    <message>
        <source>{name} has a damaged tracked quantity.</source>
        <translation>{name} a une grandeur suivie endommagée.</translation>
    </message>
    <message>
        <source>{name} has a damaged training timeline.</source>
        <translation>{name} a une chronologie d&apos;entraînement endommagée.</translation>
    </message>
    <message>
        <source>{name} cannot be used: the model&apos;s weights are damaged (some are NaN or infinite).</source>
        <translation>{name} est inutilisable&#xa0;: les poids du modèle sont endommagés (certains sont NaN ou infinis).</translation>
    </message>
    <message>
        <source>{name} has a damaged setting: {setting} is {value}, which is not {kind}.</source>
        <translation>{name} a un réglage endommagé&#xa0;: {setting} vaut {value}, ce qui n&apos;est pas {kind}.</translation>
    </message>
    <message>
        <source>{name} has settings genviz cannot use: {reason}</source>
        <translation>{name} a des réglages que genviz ne peut pas utiliser&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{name} has a damaged step count.</source>
        <translation>{name} a un nombre de pas endommagé.</translation>
    </message>
    <message>
        <source>A Pixels model draws one pixel at a time, so it takes no {options} option (those are for diffusion models).</source>
        <translation>Un modèle Pixels dessine un pixel à la fois&#xa0;: il n&apos;accepte donc pas l&apos;option {options} (elle est destinée aux modèles de diffusion).</translation>
    </message>
    <message>
        <source>The temperature must be from {low:g} to {high:g}, not {value:g}.</source>
        <translation>La température doit être comprise entre {low:g} et {high:g}, et non {value:g}.</translation>
    </message>
    <message>
        <source>{name} does not say the size of its images.</source>
        <translation>{name} n&apos;indique pas la taille de ses images.</translation>
    </message>
    <message>
        <source>{name} has a damaged image size.</source>
        <translation>{name} a une taille d&apos;image endommagée.</translation>
    </message>
    <message>
        <source>{name} does not match the Pixels model its settings describe.</source>
        <translation>{name} ne correspond pas au modèle Pixels que décrivent ses réglages.</translation>
    </message>
    <message>
        <source>The Pixels lab draws images, and {name} is a set of 2-D points: choose the digits, MNIST, Fashion-MNIST or a folder of images.</source>
        <translation>Le labo Pixels dessine des images, et {name} est un jeu de points 2D&#xa0;: choisissez les chiffres, MNIST, Fashion-MNIST ou un dossier d&apos;images.</translation>
    </message>
    <message>
        <source>The data set {name} has fewer than two images: the Pixels lab needs more.</source>
        <translation>Le jeu de données {name} contient moins de deux images&#xa0;: le labo Pixels en demande davantage.</translation>
    </message>
    <message>
        <source>{name} draws images of another size than the {height} × {width} images of {data}.</source>
        <translation>{name} dessine des images d&apos;une autre taille que les images {height} × {width} de {data}.</translation>
    </message>
    <message>
        <source>The Pixels lab reads images of {height} × {width} pixels; these are shaped {shape}.</source>
        <translation>Le labo Pixels lit des images de {height} × {width} pixels&#xa0;; celles-ci ont la forme {shape}.</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <source>a pipe (FIFO)</source>
        <translation>un tube (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <source>{path} is one of the system&apos;s files under /proc or /sys, not a file genviz can read.</source>
        <translation>{path} est l&apos;un des fichiers système sous /proc ou /sys, pas un fichier que genviz peut lire.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>Le fichier {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read ({reason}).</source>
        <translation>Le fichier {path} ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
        <source>{path} is {kind}, not a file.</source>
        <translation>{path} est {kind}, pas un fichier.</translation>
    </message>
    <message>
        <source>The file {path} is {size:.1f} MB, larger than the limit of {limit:g} MB.</source>
        <translation>Le fichier {path} fait {size:.1f} Mo, plus que la limite de {limit:g} Mo.</translation>
    </message>
    <message>
        <source>The file {path} is larger than the limit of {limit:g} MB.</source>
        <translation>Le fichier {path} dépasse la limite de {limit:g} Mo.</translation>
    </message>
    <message>
        <source>{path} is under /proc or /sys, where genviz never writes.</source>
        <translation>{path} est sous /proc ou /sys, où genviz n&apos;écrit jamais.</translation>
    </message>
    <message>
        <source>{path} cannot be written: {folder} is a file, not a folder.</source>
        <translation>{path} ne peut pas être écrit&#xa0;: {folder} est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>{path} cannot be written ({reason}).</source>
        <translation>{path} ne peut pas être écrit ({reason}).</translation>
    </message>
    <message>
        <source>{path} is a folder: give the name of a file to write.</source>
        <translation>{path} est un dossier&#xa0;: donnez le nom d&apos;un fichier à écrire.</translation>
    </message>
    <message>
        <source>{path} is {kind}, which genviz never writes over: give the name of a file.</source>
        <translation>{path} est {kind}, que genviz n&apos;écrase jamais&#xa0;: donnez le nom d&apos;un fichier.</translation>
    </message>
    <message>
        <source>{path} is also an input of this command: choose another output file so it is not overwritten.</source>
        <translation>{path} est aussi une entrée de cette commande&#xa0;: choisissez un autre fichier de sortie pour ne pas l&apos;écraser.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist: create it first, or choose another output file.</source>
        <translation>Le dossier {folder} n&apos;existe pas&#xa0;: créez-le d&apos;abord, ou choisissez un autre fichier de sortie.</translation>
    </message>
    <message>
        <source>genviz cannot write in the folder {folder} ({reason}).</source>
        <translation>genviz ne peut pas écrire dans le dossier {folder} ({reason}).</translation>
    </message>
    <message>
        <source>{path} could not be written ({reason}); nothing there was changed.</source>
        <translation>{path} n&apos;a pas pu être écrit ({reason})&#xa0;; rien n&apos;y a été modifié.</translation>
    </message>
    <message>
        <source>Temperature must be between {low} and {high:g}, not {value:g}.</source>
        <translation>La température doit être comprise entre {low} et {high:g}, et non {value:g}.</translation>
    </message>
    <message>
        <source>Top-k must be 0 (off) or a positive number of tokens, not {value}.</source>
        <translation>Top-k doit valoir 0 (désactivé) ou un nombre positif de tokens, et non {value}.</translation>
    </message>
    <message>
        <source>Top-p must be above 0 and at most 1, not {value:g}.</source>
        <translation>Top-p doit être supérieur à 0 et au plus 1, et non {value:g}.</translation>
    </message>
    <message>
        <source>{name} holds a damaged tokenizer.</source>
        <translation>{name} contient un tokenizer endommagé.</translation>
    </message>
    <message>
        <source>The tokenizer&apos;s vocabulary is damaged.</source>
        <translation>Le vocabulaire du tokenizer est endommagé.</translation>
    </message>
    <message>
        <source>The text has no tokens to learn a vocabulary from.</source>
        <translation>Le texte n&apos;a aucun token à partir duquel apprendre un vocabulaire.</translation>
    </message>
    <message>
        <source>A vocabulary needs room for at least one token besides {unknown}.</source>
        <translation>Un vocabulaire doit avoir de la place pour au moins un token en plus de {unknown}.</translation>
    </message>
    <message>
        <source>The saved tokenizer is damaged.</source>
        <translation>Le tokenizer enregistré est endommagé.</translation>
    </message>
    <message>
        <source>The saved tokenizer is of an unknown kind ({kind}).</source>
        <translation>Le tokenizer enregistré est d&apos;un type inconnu ({kind}).</translation>
    </message>
    <message>
        <source>The saved tokenizer was made by a newer genviz; please update genviz to open it.</source>
        <translation>Le tokenizer enregistré a été créé par un genviz plus récent&#xa0;; mettez genviz à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The training timeline does not match this model: its checkpoints hold other weights.</source>
        <translation>La chronologie d&apos;entraînement ne correspond pas à ce modèle&#xa0;: ses points de contrôle contiennent d&apos;autres poids.</translation>
    </message>
    <message>
        <source>Ask for at least one sample, not {n}.</source>
        <translation>Demandez au moins un échantillon, et non {n}.</translation>
    </message>
    <message>
        <source>A VAE samples in one decoding step, so it takes no {options} option (those are for diffusion models).</source>
        <translation>Un VAE échantillonne en un seul pas de décodage&#xa0;: il n&apos;accepte donc pas l&apos;option {options} (elle est destinée aux modèles de diffusion).</translation>
    </message>
    <message>
        <source>{name} does not match the VAE its settings describe.</source>
        <translation>{name} ne correspond pas au VAE que décrivent ses réglages.</translation>
    </message>
    <message>
        <source>The conv network reads images: choose mlp for the 2-D point sets.</source>
        <translation>Le réseau convolutif lit des images&#xa0;: choisissez mlp pour les jeux de points 2D.</translation>
    </message>
    <message>
        <source>The data set {name} has fewer than two examples: a VAE needs more.</source>
        <translation>Le jeu de données {name} contient moins de deux exemples&#xa0;: un VAE en demande davantage.</translation>
    </message>
    <message>
        <source>Those examples are not in this data set: pick two points on the latent map again.</source>
        <translation>Ces exemples ne sont pas dans ce jeu de données&#xa0;: choisissez à nouveau deux points sur la carte latente.</translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <source>generator (G)</source>
        <translation>générateur (G)</translation>
    </message>
    <message>
        <source>discriminator (D)</source>
        <translation>discriminateur (D)</translation>
    </message>
    <message>
        <source>nats</source>
        <translation>nats</translation>
    </message>
    <message>
        <source>reconstruction + β · KL</source>
        <translation>reconstruction + β · KL</translation>
    </message>
    <message>
        <source>nats per example</source>
        <translation>nats par exemple</translation>
    </message>
    <message>
        <source>noise guess error</source>
        <translation>erreur de prédiction du bruit</translation>
    </message>
    <message>
        <source>loss (MSE)</source>
        <translation>perte (EQM)</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>entropie croisée</translation>
    </message>
    <message>
        <source>nats per pixel</source>
        <translation>nats par pixel</translation>
    </message>
    <message>
        <source>The duel: the discriminator&apos;s loss (D, blue: telling real from fake) and the generator&apos;s (G, red: fooling it), in nats. Neither goes to zero while both learn.</source>
        <translation>Le duel&#xa0;: la perte du discriminateur (D, en bleu&#xa0;: distinguer le réel du faux) et celle du générateur (G, en rouge&#xa0;: le tromper), en nats. Aucune ne tombe à zéro tant que les deux apprennent.</translation>
    </message>
    <message>
        <source>How badly a decoded example matches the real one, plus β times how far its code is from N(0, I): the negative evidence lower bound, in nats per example.</source>
        <translation>À quel point un exemple décodé diffère du vrai, plus β fois l&apos;écart de son code à N(0, I)&#xa0;: l&apos;opposé de la borne inférieure de l&apos;évidence, en nats par exemple.</translation>
    </message>
    <message>
        <source>How far the denoiser&apos;s guess of the added noise is from the real noise (mean squared error), at a random noise level each step; the solid line is its moving average.</source>
        <translation>L&apos;écart entre la prédiction du bruit ajouté par le débruiteur et le vrai bruit (erreur quadratique moyenne, EQM), à un niveau de bruit aléatoire à chaque pas&#xa0;; la ligne continue est sa moyenne mobile.</translation>
    </message>
    <message>
        <source>How surprised the transformer is by each true pixel, given the pixels before it (cross-entropy in nats per pixel); the solid line is its moving average.</source>
        <translation>À quel point le transformer est surpris par chaque vrai pixel, connaissant les pixels précédents (entropie croisée en nats par pixel)&#xa0;; la ligne continue est sa moyenne mobile.</translation>
    </message>
    <message>
        <source>Samples (fixed seed)</source>
        <translation>Échantillons (graine fixe)</translation>
    </message>
    <message>
        <source>Sixteen samples from the same random numbers every time, so you watch the same samples improve as the family trains. Click one to ask: is it a copy of a training image?</source>
        <translation>Seize échantillons issus des mêmes nombres aléatoires à chaque fois, pour voir les mêmes échantillons s&apos;améliorer pendant l&apos;entraînement de la famille. Cliquez sur l&apos;un d&apos;eux pour demander&#xa0;: est-ce une copie d&apos;une image d&apos;entraînement&#xa0;?</translation>
    </message>
    <message>
        <source>A grid of sixteen samples of this family, four by four, made from the same random numbers every time.</source>
        <translation>Une grille de seize échantillons de cette famille, quatre sur quatre, produits à partir des mêmes nombres aléatoires à chaque fois.</translation>
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
        <translation>Un nuage des points de la famille dans le plan.</translation>
    </message>
    <message>
        <source>The {family} family: {how}</source>
        <translation>La famille {family}&#xa0;: {how}</translation>
    </message>
    <message>
        <source>starting its training process…</source>
        <translation>lancement de son processus d&apos;entraînement…</translation>
    </message>
    <message>
        <source>Training steps so far (weight updates), and how many images it trains on: the same for every family.</source>
        <translation>Pas d&apos;entraînement effectués (mises à jour des poids), et nombre d&apos;images d&apos;entraînement&#xa0;: le même pour toutes les familles.</translation>
    </message>
    <message>
        <source>How this family makes a new sample.</source>
        <translation>Comment cette famille produit un nouvel échantillon.</translation>
    </message>
    <message>
        <source>Points from the same random numbers every time. Click one to ask: is it a copy of a training point?</source>
        <translation>Des points issus des mêmes nombres aléatoires à chaque fois. Cliquez sur l&apos;un d&apos;eux pour demander&#xa0;: est-ce une copie d&apos;un point d&apos;entraînement&#xa0;?</translation>
    </message>
    <message>
        <source>How one sample is made, step by step: Play below runs every family&apos;s together. Diffusion removes noise over many steps, Pixels adds one pixel per step, a GAN or VAE makes it in a single pass.</source>
        <translation>Comment un échantillon est produit, pas à pas&#xa0;: Lire ci-dessous les fait avancer ensemble pour toutes les familles. La diffusion retire le bruit en de nombreux pas, Pixels ajoute un pixel par pas, un GAN ou un VAE le produit en une seule passe.</translation>
    </message>
    <message>
        <source>How one is made</source>
        <translation>Comment on en produit un</translation>
    </message>
    <message>
        <source>One sample of this family as it is being made, at the step the player below shows.</source>
        <translation>Un échantillon de cette famille en cours de production, au pas qu&apos;indique le lecteur ci-dessous.</translation>
    </message>
    <message>
        <source>How they are made</source>
        <translation>Comment ils sont produits</translation>
    </message>
    <message>
        <source>step — of —</source>
        <translation>pas — sur —</translation>
    </message>
    <message>
        <source>Network evaluations so far of all this family needs to make a sample: the cost of one sample.</source>
        <translation>Évaluations du réseau effectuées, sur toutes celles dont cette famille a besoin pour produire un échantillon&#xa0;: le coût d&apos;un échantillon.</translation>
    </message>
    <message>
        <source>Loss: G red, D blue</source>
        <translation>Perte&#xa0;: G en rouge, D en bleu</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Perte d&apos;entraînement</translation>
    </message>
    <message>
        <source>A line chart of this family&apos;s training loss against the training step.</source>
        <translation>Une courbe de la perte d&apos;entraînement de cette famille en fonction du pas d&apos;entraînement.</translation>
    </message>
    <message>
        <source>starting its session…</source>
        <translation>lancement de sa session…</translation>
    </message>
    <message>
        <source>stopped: {message}</source>
        <translation>arrêtée&#xa0;: {message}</translation>
    </message>
    <message>
        <source>step {steps} · {count} training points</source>
        <translation>pas {steps} · {count} points d&apos;entraînement</translation>
    </message>
    <message>
        <source>step {steps} · {count} training images</source>
        <translation>pas {steps} · {count} images d&apos;entraînement</translation>
    </message>
    <message>
        <source>step {done} of {steps}: done</source>
        <translation>pas {done} sur {steps}&#xa0;: terminé</translation>
    </message>
    <message>
        <source>step {done} of {steps}</source>
        <translation>pas {done} sur {steps}</translation>
    </message>
    <message>
        <source>A new comparison began before the answer came.</source>
        <translation>Une nouvelle comparaison a commencé avant l&apos;arrivée de la réponse.</translation>
    </message>
    <message>
        <source>The {family} family is not running: press New comparison.</source>
        <translation>La famille {family} n&apos;est pas en cours d&apos;exécution&#xa0;: appuyez sur Nouvelle comparaison.</translation>
    </message>
    <message>
        <source>The Compare lab trains several models at once: train one in its own lab to save it, or save them all with genviz compare --out FOLDER.</source>
        <translation>Le labo Comparer entraîne plusieurs modèles à la fois&#xa0;: entraînez-en un dans son propre labo pour l&apos;enregistrer, ou enregistrez-les tous avec genviz compare --out FOLDER.</translation>
    </message>
    <message>
        <source>The Compare lab has no family called {family} running.</source>
        <translation>Le labo Comparer n&apos;a aucune famille nommée {family} en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>{family}: {message}</source>
        <translation>{family}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>A copy: its nearest training example is at distance {nearest}.</source>
        <translation>Une copie&#xa0;: son exemple d&apos;entraînement le plus proche est à une distance de {nearest}.</translation>
    </message>
    <message>
        <source>New: its nearest training example is at distance {nearest}.</source>
        <translation>Nouveau&#xa0;: son exemple d&apos;entraînement le plus proche est à une distance de {nearest}.</translation>
    </message>
    <message>
        <source>A copy: its nearest training example is at distance {nearest}, only {ratio} of the distance to the second nearest ({second}); the rule calls a sample a copy below 1/3.</source>
        <translation>Une copie&#xa0;: son exemple d&apos;entraînement le plus proche est à une distance de {nearest}, soit seulement {ratio} de la distance au deuxième plus proche ({second})&#xa0;; la règle considère un échantillon comme une copie en dessous de 1/3.</translation>
    </message>
    <message>
        <source>Not a copy: its nearest training example is at distance {nearest}, {ratio} of the distance to the second nearest ({second}); a copy would be below 1/3.</source>
        <translation>Pas une copie&#xa0;: son exemple d&apos;entraînement le plus proche est à une distance de {nearest}, soit {ratio} de la distance au deuxième plus proche ({second})&#xa0;; une copie serait en dessous de 1/3.</translation>
    </message>
    <message>
        <source>Click any sample in a family&apos;s grid to set it beside its three nearest training images.</source>
        <translation>Cliquez sur n&apos;importe quel échantillon de la grille d&apos;une famille pour le placer à côté de ses trois images d&apos;entraînement les plus proches.</translation>
    </message>
    <message>
        <source>Is it a copy?</source>
        <translation>Est-ce une copie&#xa0;?</translation>
    </message>
    <message>
        <source>An art student who studied 1,000 paintings should paint something that is not a copy of any of them. The same test for a model: is its sample much closer to one training image than to any other?</source>
        <translation>Un étudiant en art qui a étudié 1&#xa0;000 tableaux devrait peindre quelque chose qui n&apos;est la copie d&apos;aucun d&apos;eux. Même test pour un modèle&#xa0;: son échantillon est-il beaucoup plus proche d&apos;une image d&apos;entraînement que de toutes les autres&#xa0;?</translation>
    </message>
    <message>
        <source>The copy rule (Gu et al. 2023): a sample is a copy when its nearest training image is closer than 1/3 of the distance to the second nearest, in pixel space.</source>
        <translation>La règle de copie (Gu et al. 2023)&#xa0;: un échantillon est une copie quand son image d&apos;entraînement la plus proche est à moins de 1/3 de la distance à la deuxième plus proche, dans l&apos;espace des pixels.</translation>
    </message>
    <message>
        <source>Sample, then its nearest 3</source>
        <translation>L&apos;échantillon, puis ses 3 plus proches</translation>
    </message>
    <message>
        <source>Left: the sample you clicked. Right: the three training images closest to it, nearest first, each with its distance in pixel space (the square root of the summed squared differences).</source>
        <translation>À gauche&#xa0;: l&apos;échantillon sur lequel vous avez cliqué. À droite&#xa0;: les trois images d&apos;entraînement les plus proches, de la plus proche à la moins proche, chacune avec sa distance dans l&apos;espace des pixels (la racine carrée de la somme des carrés des différences).</translation>
    </message>
    <message>
        <source>The sample you clicked, then the three training images nearest to it, each with its distance.</source>
        <translation>L&apos;échantillon sur lequel vous avez cliqué, puis les trois images d&apos;entraînement les plus proches, chacune avec sa distance.</translation>
    </message>
    <message>
        <source>How close to a training image?</source>
        <translation>À quelle distance d&apos;une image d&apos;entraînement&#xa0;?</translation>
    </message>
    <message>
        <source>distance in pixel space</source>
        <translation>distance dans l&apos;espace des pixels</translation>
    </message>
    <message>
        <source>share of images</source>
        <translation>part des images</translation>
    </message>
    <message>
        <source>How far each sample is from its nearest training image (blue), beside the same for real examples the family never trained on (orange). A family that memorised piles up near 0, left of the real examples; one that learned patterns overlaps them. The dashed line marks the sample you clicked.</source>
        <translation>La distance de chaque échantillon à son image d&apos;entraînement la plus proche (en bleu), à côté de la même mesure pour des exemples réels sur lesquels la famille ne s&apos;est jamais entraînée (en orange). Une famille qui a mémorisé s&apos;entasse près de 0, à gauche des exemples réels&#xa0;; une famille qui a appris des motifs les recouvre. La ligne pointillée marque l&apos;échantillon sur lequel vous avez cliqué.</translation>
    </message>
    <message>
        <source>Two histograms of the distance to the nearest training image: one for the family&apos;s samples, one for held-out real examples.</source>
        <translation>Deux histogrammes de la distance à l&apos;image d&apos;entraînement la plus proche&#xa0;: l&apos;un pour les échantillons de la famille, l&apos;autre pour des exemples réels mis de côté.</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>échantillons</translation>
    </message>
    <message>
        <source>held-out real examples</source>
        <translation>exemples réels mis de côté</translation>
    </message>
    <message>
        <source>{family}, sample {number}: looking for its nearest training images…</source>
        <translation>{family}, échantillon {number}&#xa0;: recherche de ses images d&apos;entraînement les plus proches…</translation>
    </message>
    <message>
        <source>{family}, sample {number}. {verdict}</source>
        <translation>{family}, échantillon {number}. {verdict}</translation>
    </message>
    <message>
        <source>{family}&apos;s samples</source>
        <translation>Échantillons de {family}</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Make one sample of every family side by side, one network evaluation per tick: see which approach takes how many steps.</source>
        <translation>Produire un échantillon de chaque famille côte à côte, une évaluation du réseau par tic&#xa0;: voyez quelle approche demande combien de pas.</translation>
    </message>
    <message>
        <source>One network evaluation back.</source>
        <translation>Une évaluation du réseau en arrière.</translation>
    </message>
    <message>
        <source>One evaluation back</source>
        <translation>Une évaluation en arrière</translation>
    </message>
    <message>
        <source>One network evaluation further.</source>
        <translation>Une évaluation du réseau en avant.</translation>
    </message>
    <message>
        <source>One evaluation further</source>
        <translation>Une évaluation en avant</translation>
    </message>
    <message>
        <source>Drag to any point of the generation: every family shows how far it has got after this many evaluations of its network.</source>
        <translation>Faites glisser jusqu&apos;à n&apos;importe quel point de la génération&#xa0;: chaque famille montre où elle en est après ce nombre d&apos;évaluations de son réseau.</translation>
    </message>
    <message>
        <source>Network evaluations shown</source>
        <translation>Évaluations du réseau affichées</translation>
    </message>
    <message>
        <source>Network evaluations so far: each is one pass through a family&apos;s network.</source>
        <translation>Évaluations du réseau effectuées&#xa0;: chacune est une passe à travers le réseau d&apos;une famille.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Mettre en pause</translation>
    </message>
    <message>
        <source>{shown} of {total} evaluations</source>
        <translation>{shown} évaluations sur {total}</translation>
    </message>
    <message>
        <source>{count} of {total}</source>
        <translation>{count} sur {total}</translation>
    </message>
    <message>
        <source>Copies
(samples)</source>
        <translation>Copies
(échantillons)</translation>
    </message>
    <message>
        <source>The share of samples that are near-copies of a training image: its nearest training image is closer than a third of the distance to the second nearest, in pixel space (Gu et al. 2023). A model that learned patterns stays near the real examples&apos; share; one that memorised hands back copies.</source>
        <translation>La part des échantillons qui sont des quasi-copies d&apos;une image d&apos;entraînement&#xa0;: leur image d&apos;entraînement la plus proche est à moins d&apos;un tiers de la distance à la deuxième plus proche, dans l&apos;espace des pixels (Gu et al. 2023). Un modèle qui a appris des motifs reste près de la part des exemples réels&#xa0;; un modèle qui a mémorisé rend des copies.</translation>
    </message>
    <message>
        <source>Copies
(real)</source>
        <translation>Copies
(réels)</translation>
    </message>
    <message>
        <source>The same copy rule applied to real examples the families never trained on, against the training images: the share a model that makes new images should be near.</source>
        <translation>La même règle de copie appliquée à des exemples réels sur lesquels les familles ne se sont jamais entraînées, par rapport aux images d&apos;entraînement&#xa0;: la part dont un modèle qui crée de nouvelles images devrait être proche.</translation>
    </message>
    <message>
        <source>ms per
sample</source>
        <translation>ms par
échantillon</translation>
    </message>
    <message>
        <source>Milliseconds to make one sample (in a batch, all the samples judged at once) on this machine while the others train: a GAN or VAE makes it in one pass, diffusion and Pixels in many.</source>
        <translation>Millisecondes pour faire une image (en lot, toutes les images jugées à la fois) sur cet ordinateur pendant que les autres s&apos;entraînent : un GAN ou un VAE la fait en une passe, la diffusion et Pixels en plusieurs.</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>How many numbers the family&apos;s networks learn.</source>
        <translation>Combien de valeurs les réseaux de la famille apprennent.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>Training steps the family had taken when these figures were measured. All train for the same time, so a slower step means fewer of them.</source>
        <translation>Les pas d&apos;entraînement que la famille avait effectués quand ces valeurs ont été mesurées. Toutes s&apos;entraînent pendant la même durée, donc un pas plus lent signifie moins de pas.</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>How recognisable the samples are: the share that a digit classifier (trained in the app on real digits) names with at least 90% confidence, divided by the same share for real digits it never saw. 1 means as recognisable as real digits.</source>
        <translation>À quel point les échantillons sont reconnaissables&#xa0;: la part qu&apos;un classifieur de chiffres (entraîné dans l&apos;application sur de vrais chiffres) identifie avec au moins 90&#xa0;% de confiance, divisée par la même part pour de vrais chiffres qu&apos;il n&apos;a jamais vus. 1 signifie aussi reconnaissables que de vrais chiffres.</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>How many of the 10 digits make up at least 1% of the confidently named samples: a family that makes only some digits has missed the others.</source>
        <translation>Combien des 10 chiffres représentent au moins 1&#xa0;% des échantillons identifiés avec confiance&#xa0;: une famille qui ne produit que certains chiffres a manqué les autres.</translation>
    </message>
    <message>
        <source>Evenness</source>
        <translation>Équilibre</translation>
    </message>
    <message>
        <source>How evenly the samples spread over the digits: the entropy of their histogram divided by log 10. 1 when every digit comes out equally often, 0 when only one does.</source>
        <translation>À quel point les échantillons se répartissent également entre les chiffres&#xa0;: l&apos;entropie de leur histogramme divisée par log 10. 1 quand chaque chiffre sort aussi souvent, 0 quand un seul sort.</translation>
    </message>
    <message>
        <source>Modes
covered</source>
        <translation>Modes
couverts</translation>
    </message>
    <message>
        <source>How many of the data set&apos;s blobs (modes) have samples near them: a family that covers only some has collapsed onto those.</source>
        <translation>Combien d&apos;amas (modes) du jeu de données ont des échantillons à proximité&#xa0;: une famille qui n&apos;en couvre que certains s&apos;est effondrée sur ceux-là.</translation>
    </message>
    <message>
        <source>Near
a mode</source>
        <translation>Près
d&apos;un mode</translation>
    </message>
    <message>
        <source>The share of samples close to one of the blobs: the rest fell between them.</source>
        <translation>La part des échantillons proches de l&apos;un des amas&#xa0;: les autres sont tombés entre eux.</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Each family trains on the same data, for the same time, with a fair share of the cores.</source>
        <translation>Chaque famille s&apos;entraîne sur les mêmes données, pendant la même durée, avec une part équitable des cœurs.</translation>
    </message>
    <message>
        <source>Each family&apos;s first figures come some seconds after it starts training, then new ones every few seconds.</source>
        <translation>Les premières valeurs de chaque famille arrivent quelques secondes après le début de son entraînement, puis de nouvelles toutes les quelques secondes.</translation>
    </message>
    <message>
        <source>The figures of each family, measured again every few seconds from new samples while they train: rest the mouse on a family&apos;s name for how many. Rest it on a column&apos;s header to read what it means.</source>
        <translation>Les chiffres de chaque famille, mesurés à nouveau toutes les quelques secondes sur de nouvelles images pendant l&apos;entraînement : posez la souris sur le nom d&apos;une famille pour savoir combien. Posez-la sur l&apos;en-tête d&apos;une colonne pour lire ce qu&apos;elle signifie.</translation>
    </message>
    <message>
        <source>{tip} These figures: {count} samples, after {steps} training steps.</source>
        <translation>{tip} Ces chiffres : {count} images, après {steps} pas d&apos;entraînement.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Learns patterns (all digits)</source>
        <translation>Apprend des motifs (tous les chiffres)</translation>
    </message>
    <message>
        <source>Every family trains on all 1,797 digits, then trains at once. With that many it cannot learn them by heart: watch the copies column stay near the real digits&apos; baseline, and Is it a copy? say New.</source>
        <translation>Chaque famille s&apos;entraîne sur les 1&#xa0;797 chiffres, et l&apos;entraînement démarre aussitôt. Avec autant d&apos;exemples, elle ne peut pas les apprendre par cœur&#xa0;: regardez la colonne des copies rester près du niveau de référence des vrais chiffres, et «&#xa0;Est-ce une copie&#xa0;?&#xa0;» répondre Nouveau.</translation>
    </message>
    <message>
        <source>Memorises (16 digits)</source>
        <translation>Mémorise (16 chiffres)</translation>
    </message>
    <message>
        <source>Every family trains on only 16 digits, then trains at once. With so few, a model can learn each by heart and hand it back: watch the copies column climb, diffusion&apos;s first, and click a sample to see its twin.</source>
        <translation>Chaque famille s&apos;entraîne sur 16 chiffres seulement, et l&apos;entraînement démarre aussitôt. Avec si peu d&apos;exemples, un modèle peut apprendre chacun par cœur et le rendre tel quel&#xa0;: regardez la colonne des copies grimper, celle de la diffusion en premier, et cliquez sur un échantillon pour voir son jumeau.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>The data every family learns, the same for all. Open or drop a folder of images to add it here. With a 2-D set the table counts the modes found instead of the digits recognised.</source>
        <translation>Les données que chaque famille apprend, les mêmes pour toutes. Ouvrez ou déposez un dossier d&apos;images pour l&apos;ajouter ici. Avec un jeu 2D, le tableau compte les modes trouvés au lieu des chiffres reconnus.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Familles</translation>
    </message>
    <message>
        <source>Every setting above back to its default: all four families on all the built-in digits, seed 0. The comparison that is training keeps its settings until you press New comparison.</source>
        <translation>Chaque réglage ci-dessus revient à sa valeur par défaut&#xa0;: les quatre familles sur tous les chiffres intégrés, graine 0. La comparaison en cours d&apos;entraînement garde ses réglages jusqu&apos;à ce que vous appuyiez sur Nouvelle comparaison.</translation>
    </message>
    <message>
        <source>New comparison</source>
        <translation>Nouvelle comparaison</translation>
    </message>
    <message>
        <source>Presets: patterns or copies?</source>
        <translation>Préréglages&#xa0;: motifs ou copies&#xa0;?</translation>
    </message>
    <message>
        <source>{how} It draws images pixel by pixel, so it sits out a 2-D set.</source>
        <translation>{how} Elle dessine les images pixel par pixel, elle ne participe donc pas avec un jeu 2D.</translation>
    </message>
    <message>
        <source>Export table as CSV…</source>
        <translation>Exporter le tableau en CSV…</translation>
    </message>
    <message>
        <source>Save the table&apos;s figures, unrounded, as a CSV file for a spreadsheet.</source>
        <translation>Enregistrer les valeurs du tableau, non arrondies, dans un fichier CSV pour un tableur.</translation>
    </message>
    <message>
        <source>The Compare lab learns from a folder of images: drop the folder that holds {name}, not the file.</source>
        <translation>Le labo Comparer apprend à partir d&apos;un dossier d&apos;images&#xa0;: déposez le dossier qui contient {name}, pas le fichier.</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>Impossible d&apos;écrire {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>held-out real points</source>
        <translation>points réels mis de côté</translation>
    </message>
    <message>
        <source>held-out real digits</source>
        <translation>chiffres réels mis de côté</translation>
    </message>
    <message>
        <source>Export the results table</source>
        <translation>Exporter le tableau des résultats</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
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
        <translation>Processus direct&#xa0;: le bruit ajouté pas à pas</translation>
    </message>
    <message>
        <source>Training never runs this chain step by step: x_t can be made from x_0 in one jump, x_t = sqrt(alpha_bar_t) x_0 + sqrt(1 - alpha_bar_t) noise.</source>
        <translation>L&apos;entraînement ne parcourt jamais cette chaîne pas à pas&#xa0;: x_t peut être obtenu à partir de x_0 d&apos;un seul coup, x_t = sqrt(alpha_bar_t) x_0 + sqrt(1 - alpha_bar_t) bruit.</translation>
    </message>
    <message>
        <source>The same training example with more and more noise: x_0 is the data, x_T is practically pure noise. The model learns to undo one bit of this at a time.</source>
        <translation>Le même exemple d&apos;entraînement avec de plus en plus de bruit&#xa0;: x_0 est la donnée, x_T est pratiquement du bruit pur. Le modèle apprend à défaire un petit bout de ce processus à la fois.</translation>
    </message>
    <message>
        <source>x_0 … x_T: one training image</source>
        <translation>x_0 … x_T&#xa0;: une image d&apos;entraînement</translation>
    </message>
    <message>
        <source>x_0 … x_T: the data set</source>
        <translation>x_0 … x_T&#xa0;: le jeu de données</translation>
    </message>
    <message>
        <source>x_t at the slider&apos;s t. For 2-D data the arrows show what the model has learned so far: the direction it would move a point found there at this noise level (minus its noise guess).</source>
        <translation>x_t au t du curseur. Pour les données 2D, les flèches montrent ce que le modèle a appris jusqu&apos;ici&#xa0;: la direction dans laquelle il déplacerait un point situé là à ce niveau de bruit (moins sa prédiction du bruit).</translation>
    </message>
    <message>
        <source>signal kept √ᾱ_t</source>
        <translation>signal conservé √ᾱ_t</translation>
    </message>
    <message>
        <source>noise added √(1−ᾱ_t)</source>
        <translation>bruit ajouté √(1−ᾱ_t)</translation>
    </message>
    <message>
        <source>data x_0</source>
        <translation>données x_0</translation>
    </message>
    <message>
        <source>where the model would move a point at this t (live)</source>
        <translation>où le modèle déplacerait un point à ce t (en direct)</translation>
    </message>
    <message>
        <source>Noise schedule</source>
        <translation>Calendrier du bruit</translation>
    </message>
    <message>
        <source>timestep t</source>
        <translation>pas de temps t</translation>
    </message>
    <message>
        <source>standard deviation</source>
        <translation>écart-type</translation>
    </message>
    <message>
        <source>How much of x_0 is left in x_t (signal, sqrt(alpha_bar)) and how much noise is in it (sqrt(1 - alpha_bar)). Their squares add up to 1, so x_t keeps the data&apos;s scale.</source>
        <translation>La part de x_0 qui reste dans x_t (signal, sqrt(alpha_bar)) et la quantité de bruit qu&apos;il contient (sqrt(1 - alpha_bar)). Leurs carrés font 1 au total, donc x_t garde l&apos;échelle des données.</translation>
    </message>
    <message>
        <source>Two curves over the timesteps: the share of the data kept, falling from 1, and the noise added, rising to 1; a vertical line marks the slider&apos;s t.</source>
        <translation>Deux courbes en fonction des pas de temps&#xa0;: la part des données conservée, qui descend depuis 1, et le bruit ajouté, qui monte jusqu&apos;à 1&#xa0;; une ligne verticale marque le t du curseur.</translation>
    </message>
    <message>
        <source>Choose t, the noise level shown above and marked on the schedule.</source>
        <translation>Choisir t, le niveau de bruit montré ci-dessus et marqué sur le calendrier.</translation>
    </message>
    <message>
        <source>Timestep t</source>
        <translation>Pas de temps t</translation>
    </message>
    <message>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <source>t = {t} of {total}: signal kept {signal}, noise added {noise}</source>
        <translation>t = {t} sur {total}&#xa0;: signal conservé {signal}, bruit ajouté {noise}</translation>
    </message>
    <message>
        <source>x_t at t = {t}</source>
        <translation>x_t à t = {t}</translation>
    </message>
    <message>
        <source>loss (MSE)</source>
        <translation>perte (EQM)</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>lot</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Perte d&apos;entraînement</translation>
    </message>
    <message>
        <source>How far the network&apos;s noise guess is from the noise really added (mean squared error), averaged over a batch whose examples each get a random t (faint line; the solid line is its moving average). Guessing &apos;no noise&apos; scores 1. With Min-SNR weighting on, training weighs the low-noise examples less, but this plot shows the plain error.</source>
        <translation>L&apos;écart entre la prédiction du bruit par le réseau et le bruit réellement ajouté (erreur quadratique moyenne, EQM), moyenné sur un lot dont chaque exemple reçoit un t aléatoire (ligne pâle&#xa0;; la ligne continue est sa moyenne mobile). Prédire «&#xa0;pas de bruit&#xa0;» donne 1. Avec la pondération Min-SNR activée, l&apos;entraînement donne moins de poids aux exemples peu bruités, mais ce graphique montre l&apos;erreur simple.</translation>
    </message>
    <message>
        <source>The loss of each training batch over the training steps, faint, with its moving average.</source>
        <translation>La perte de chaque lot d&apos;entraînement au fil des pas, en pâle, avec sa moyenne mobile.</translation>
    </message>
    <message>
        <source>Loss by noise level</source>
        <translation>Perte par niveau de bruit</translation>
    </message>
    <message>
        <source>The same error split by noise level. Near t = 0 the noise is tiny and hard to tell from detail in the data; near t = T x_t is almost all noise, so guessing the noise is easy. The middle is where the model learns what the data looks like.</source>
        <translation>La même erreur, répartie par niveau de bruit. Près de t = 0, le bruit est minuscule et difficile à distinguer des détails des données&#xa0;; près de t = T, x_t est presque entièrement du bruit, donc prédire le bruit est facile. C&apos;est au milieu que le modèle apprend à quoi ressemblent les données.</translation>
    </message>
    <message>
        <source>Bars of the recent training loss for each range of timesteps, from t = 0 to T.</source>
        <translation>Des barres de la perte d&apos;entraînement récente pour chaque plage de pas de temps, de t = 0 à T.</translation>
    </message>
    <message>
        <source>x_t: the batch</source>
        <translation>x_t&#xa0;: le lot</translation>
    </message>
    <message>
        <source>The samples at the current timestep. Frame 0 is pure random noise; each step removes a little of the noise the model sees, until t = 0 leaves the finished samples.</source>
        <translation>Les échantillons au pas de temps actuel. L&apos;image 0 est du bruit aléatoire pur&#xa0;; chaque pas retire un peu du bruit que voit le modèle, jusqu&apos;à ce que t = 0 laisse les échantillons terminés.</translation>
    </message>
    <message>
        <source>x̂_0: the model&apos;s guess</source>
        <translation>x̂_0&#xa0;: la prédiction du modèle</translation>
    </message>
    <message>
        <source>From x_t the model predicts the noise; subtracting it gives a guess of the clean data. At high noise the guess is a blurry average; it sharpens as t falls.</source>
        <translation>À partir de x_t, le modèle prédit le bruit&#xa0;; le soustraire donne une estimation des données propres. À fort bruit, l&apos;estimation est une moyenne floue&#xa0;; elle devient plus nette à mesure que t diminue.</translation>
    </message>
    <message>
        <source>ε̂: the noise it sees</source>
        <translation>ε̂&#xa0;: le bruit qu&apos;il voit</translation>
    </message>
    <message>
        <source>The network&apos;s output: the noise it believes was mixed into x_t (grey is zero). A step of the sampler removes part of it. At t = 0 nothing is left.</source>
        <translation>La sortie du réseau&#xa0;: le bruit qu&apos;il pense avoir été mélangé à x_t (le gris vaut zéro). Un pas de l&apos;échantillonneur en retire une partie. À t = 0, il n&apos;en reste plus.</translation>
    </message>
    <message>
        <source>Samples appear when the model has started.</source>
        <translation>Les échantillons apparaissent quand le modèle a démarré.</translation>
    </message>
    <message>
        <source>ε̂ at t = 0: no noise left to predict</source>
        <translation>ε̂ à t = 0&#xa0;: plus de bruit à prédire</translation>
    </message>
    <message>
        <source>DDIM {steps} steps</source>
        <translation>DDIM {steps} pas</translation>
    </message>
    <message>
        <source>DDPM, all T steps</source>
        <translation>DDPM, les T pas</translation>
    </message>
    <message>
        <source>DDPM {steps} steps</source>
        <translation>DDPM {steps} pas</translation>
    </message>
    <message>
        <source>Reverse process: from noise to data</source>
        <translation>Processus inverse&#xa0;: du bruit aux données</translation>
    </message>
    <message>
        <source>DDIM: no randomness, fewer steps</source>
        <translation>DDIM&#xa0;: sans hasard, moins de pas</translation>
    </message>
    <message>
        <source>DDPM: random, all T steps</source>
        <translation>DDPM&#xa0;: aléatoire, les T pas</translation>
    </message>
    <message>
        <source>DDPM (Ho et al. 2020) walks back through every one of the T steps and adds a little fresh noise at each. DDIM (Song et al. 2021) adds none, so it can jump over many steps: fewer steps are faster but blurrier. The same seed always starts from the same noise. A change draws new samples at once.</source>
        <translation>DDPM (Ho et al. 2020) repasse par chacun des T pas et ajoute un peu de bruit frais à chacun. DDIM (Song et al. 2021) n&apos;en ajoute pas, il peut donc sauter beaucoup de pas&#xa0;: moins de pas, c&apos;est plus rapide mais plus flou. La même graine part toujours du même bruit. Tout changement tire aussitôt de nouveaux échantillons.</translation>
    </message>
    <message>
        <source>Sampler</source>
        <translation>Échantillonneur</translation>
    </message>
    <message>
        <source>steps </source>
        <translation>pas </translation>
    </message>
    <message>
        <source>How many denoising steps DDIM takes from t = T to 0 (at most T).</source>
        <translation>Le nombre de pas de débruitage que DDIM effectue de t = T à 0 (au plus T).</translation>
    </message>
    <message>
        <source>DDIM steps</source>
        <translation>Pas DDIM</translation>
    </message>
    <message>
        <source>seed </source>
        <translation>graine </translation>
    </message>
    <message>
        <source>The seed of the starting noise (and of DDPM&apos;s fresh noise). While training, new samples come from this same noise every few seconds: watch it turn into better samples as the model learns.</source>
        <translation>La graine du bruit de départ (et du bruit frais de DDPM). Pendant l&apos;entraînement, de nouveaux échantillons sont tirés de ce même bruit toutes les quelques secondes&#xa0;: regardez-le se transformer en meilleurs échantillons à mesure que le modèle apprend.</translation>
    </message>
    <message>
        <source>Sampling seed</source>
        <translation>Graine d&apos;échantillonnage</translation>
    </message>
    <message>
        <source>Next seed</source>
        <translation>Graine suivante</translation>
    </message>
    <message>
        <source>Add one to the seed: new samples from fresh noise.</source>
        <translation>Ajouter un à la graine&#xa0;: de nouveaux échantillons à partir d&apos;un bruit frais.</translation>
    </message>
    <message>
        <source>New samples come by themselves: at once when the sampler, its steps or the seed change, and while training every few seconds, but never taking more than {share} of the training time.</source>
        <translation>Les nouveaux échantillons arrivent d&apos;eux-mêmes&#xa0;: aussitôt quand l&apos;échantillonneur, ses pas ou la graine changent, et toutes les quelques secondes pendant l&apos;entraînement, mais sans jamais prendre plus de {share} du temps d&apos;entraînement.</translation>
    </message>
    <message>
        <source>paths so far</source>
        <translation>trajectoires jusqu&apos;ici</translation>
    </message>
    <message>
        <source>denoising direction</source>
        <translation>direction du débruitage</translation>
    </message>
    <message>
        <source>guess x̂_0</source>
        <translation>estimation x̂_0</translation>
    </message>
    <message>
        <source>noise guess ε̂</source>
        <translation>prédiction du bruit ε̂</translation>
    </message>
    <message>
        <source>training data</source>
        <translation>données d&apos;entraînement</translation>
    </message>
    <message>
        <source>Back to frame 0: the pure noise the samples start from.</source>
        <translation>Revenir à l&apos;image 0&#xa0;: le bruit pur dont partent les échantillons.</translation>
    </message>
    <message>
        <source>First frame</source>
        <translation>Première image</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>Pas en arrière</translation>
    </message>
    <message>
        <source>One denoising step back: compare a frame with the one before it.</source>
        <translation>Un pas de débruitage en arrière&#xa0;: comparer une image avec la précédente.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Play the denoising from the current frame to the end.</source>
        <translation>Lire le débruitage de l&apos;image actuelle jusqu&apos;à la fin.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Pas en avant</translation>
    </message>
    <message>
        <source>One denoising step forward.</source>
        <translation>Un pas de débruitage en avant.</translation>
    </message>
    <message>
        <source>Jump to the last frame: the finished samples.</source>
        <translation>Aller à la dernière image&#xa0;: les échantillons terminés.</translation>
    </message>
    <message>
        <source>Last frame</source>
        <translation>Dernière image</translation>
    </message>
    <message>
        <source>play in </source>
        <translation>lecture en </translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long Play takes from pure noise to the finished samples, whatever the number of steps: slower to talk the class through it, faster to see it whole.</source>
        <translation>La durée de la lecture, du bruit pur aux échantillons terminés, quel que soit le nombre de pas&#xa0;: plus lent pour commenter avec la classe, plus rapide pour voir l&apos;ensemble.</translation>
    </message>
    <message>
        <source>Playing time</source>
        <translation>Durée de lecture</translation>
    </message>
    <message>
        <source>Drag through the frames of the reverse process, from noise (left) to samples (right).</source>
        <translation>Faire défiler les images du processus inverse, du bruit (à gauche) aux échantillons (à droite).</translation>
    </message>
    <message>
        <source>Frame of the reverse process</source>
        <translation>Image du processus inverse</translation>
    </message>
    <message>
        <source>{sampler}: denoising…</source>
        <translation>{sampler}&#xa0;: débruitage…</translation>
    </message>
    <message>
        <source>new samples every {seconds} s while training</source>
        <translation>nouveaux échantillons toutes les {seconds} s pendant l&apos;entraînement</translation>
    </message>
    <message>
        <source>frame {frame} of {last} · t = {t} · {sampler} · seed {seed} · weights of step {step}</source>
        <translation>image {frame} sur {last} · t = {t} · {sampler} · graine {seed} · poids du pas {step}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Mettre en pause</translation>
    </message>
    <message>
        <source>Model and data</source>
        <translation>Modèle et données</translation>
    </message>
    <message>
        <source>What the model learns to create. 2-D point clouds show the whole distribution at once; images show the samples. Open or drop a folder of your own images to add it.</source>
        <translation>Ce que le modèle apprend à créer. Les nuages de points 2D montrent toute la distribution d&apos;un coup&#xa0;; les images montrent les échantillons. Ouvrez ou déposez un dossier de vos propres images pour l&apos;ajouter.</translation>
    </message>
    <message>
        <source>How many numbers (weights) the network learns.</source>
        <translation>Combien de valeurs (poids) le réseau apprend.</translation>
    </message>
    <message>
        <source>The sizes this model was built with, &apos;auto&apos; settings filled in.</source>
        <translation>Les tailles avec lesquelles ce modèle a été construit, réglages «&#xa0;auto&#xa0;» remplis.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Construit avec</translation>
    </message>
    <message>
        <source>Put every setting above back to its default. The model keeps training with its own settings until you press New model.</source>
        <translation>Remettre chaque réglage ci-dessus à sa valeur par défaut. Le modèle continue de s&apos;entraîner avec ses propres réglages jusqu&apos;à ce que vous appuyiez sur Nouveau modèle.</translation>
    </message>
    <message>
        <source>{count} weights</source>
        <translation>{count} poids</translation>
    </message>
    <message>
        <source>width {width} · depth {depth} · batch {batch} · lr {rate}</source>
        <translation>largeur {width} · profondeur {depth} · lot {batch} · taux {rate}</translation>
    </message>
    <message>
        <source>Some of these images are real training images; the diffusion model made the others, each by denoising pure noise step by step. Click the ones you think are fake, then press Reveal.</source>
        <translation>Certaines de ces images sont de vraies images d&apos;entraînement&#xa0;; le modèle de diffusion a produit les autres, chacune en débruitant du bruit pur pas à pas. Cliquez sur celles que vous pensez fausses, puis appuyez sur Révéler.</translation>
    </message>
    <message>
        <source>Real or fake?</source>
        <translation>Réel ou faux&#xa0;?</translation>
    </message>
    <message>
        <source>The Diffusion lab learns from a folder of images: open a PNG or JPEG inside it, or drop the folder. {file} is neither.</source>
        <translation>Le labo Diffusion apprend à partir d&apos;un dossier d&apos;images&#xa0;: ouvrez un PNG ou un JPEG qui s&apos;y trouve, ou déposez le dossier. {file} n&apos;est ni l&apos;un ni l&apos;autre.</translation>
    </message>
    <message>
        <source>A quiz for the class: 16 images, some real, some made by the model with the reverse process&apos;s sampler and steps. The class picks the fakes; Reveal shows the truth and the score.</source>
        <translation>Un quiz pour la classe&#xa0;: 16 images, certaines réelles, d&apos;autres produites par le modèle avec l&apos;échantillonneur et les pas du processus inverse. La classe désigne les fausses&#xa0;; Révéler montre la vérité et le score.</translation>
    </message>
    <message>
        <source>Real or fake? needs images: choose an image data set (Digits, MNIST, ...) and start a new model with it.</source>
        <translation>«&#xa0;Réel ou faux&#xa0;?&#xa0;» a besoin d&apos;images&#xa0;: choisissez un jeu de données d&apos;images (Chiffres, MNIST, ...) et lancez un nouveau modèle avec.</translation>
    </message>
</context>
<context>
    <name>gan</name>
    <message>
        <source>generator (G)</source>
        <translation>générateur (G)</translation>
    </message>
    <message>
        <source>discriminator (D)</source>
        <translation>discriminateur (D)</translation>
    </message>
    <message>
        <source>D(real): on real samples</source>
        <translation>D(réel)&#xa0;: sur les échantillons réels</translation>
    </message>
    <message>
        <source>D(fake): on the fakes</source>
        <translation>D(faux)&#xa0;: sur les faux</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>pas d&apos;entraînement</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>Pertes</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <source>Each player&apos;s loss. D&apos;s loss is low when it tells real from fake; G&apos;s loss is low when it fools D. In a healthy run neither wins for good: the curves wobble around a balance instead of one diving to zero.</source>
        <translation>La perte de chaque joueur. La perte de D est faible quand il distingue le réel du faux&#xa0;; celle de G est faible quand il trompe D. Dans un entraînement sain, aucun ne gagne définitivement&#xa0;: les courbes oscillent autour d&apos;un équilibre au lieu que l&apos;une plonge vers zéro.</translation>
    </message>
    <message>
        <source>Losses of the generator and the discriminator</source>
        <translation>Pertes du générateur et du discriminateur</translation>
    </message>
    <message>
        <source>Two curves over the training steps: the generator&apos;s loss and the discriminator&apos;s loss.</source>
        <translation>Deux courbes en fonction des pas d&apos;entraînement&#xa0;: la perte du générateur et celle du discriminateur.</translation>
    </message>
    <message>
        <source>What D says</source>
        <translation>Ce que dit D</translation>
    </message>
    <message>
        <source>D&apos;s mean output</source>
        <translation>Sortie moyenne de D</translation>
    </message>
    <message>
        <source>The discriminator&apos;s average verdict (1 = sure it is real, 0 = sure it is fake) on real samples and on the generator&apos;s fakes. When G is perfect D can only guess: both lines meet near 0.5 (the dashed line).</source>
        <translation>Le verdict moyen du discriminateur (1 = sûr que c&apos;est réel, 0 = sûr que c&apos;est faux) sur les échantillons réels et sur les faux du générateur. Quand G est parfait, D ne peut que deviner&#xa0;: les deux courbes se rejoignent vers 0,5 (la ligne pointillée).</translation>
    </message>
    <message>
        <source>The discriminator&apos;s verdicts</source>
        <translation>Les verdicts du discriminateur</translation>
    </message>
    <message>
        <source>Two curves over the training steps, from 0 (fake) to 1 (real): the discriminator&apos;s mean output on real samples and on the fakes, with a dashed line at 0.5.</source>
        <translation>Deux courbes en fonction des pas d&apos;entraînement, de 0 (faux) à 1 (réel)&#xa0;: la sortie moyenne du discriminateur sur les échantillons réels et sur les faux, avec une ligne pointillée à 0,5.</translation>
    </message>
    <message>
        <source>Fakes from fixed noise</source>
        <translation>Faux issus d&apos;un bruit fixe</translation>
    </message>
    <message>
        <source>What the generator makes from 36 noise vectors that never change, so you watch the same fakes sharpen.</source>
        <translation>Ce que le générateur produit à partir de 36 vecteurs de bruit qui ne changent jamais, pour voir les mêmes faux devenir plus nets.</translation>
    </message>
    <message>
        <source>Real images</source>
        <translation>Images réelles</translation>
    </message>
    <message>
        <source>Real training images, for comparison.</source>
        <translation>De vraies images d&apos;entraînement, pour comparer.</translation>
    </message>
    <message>
        <source>The first four fakes at earlier steps</source>
        <translation>Les quatre premiers faux aux pas précédents</translation>
    </message>
    <message>
        <source>The first four fixed-noise fakes as the generator made them at step 0 and at recent steps (25, 50, 100, 200, ...).</source>
        <translation>Les quatre premiers faux issus du bruit fixe, tels que le générateur les a produits au pas 0 et à des pas récents (25, 50, 100, 200, ...).</translation>
    </message>
    <message>
        <source>Fakes</source>
        <translation>Faux</translation>
    </message>
    <message>
        <source>A grid of 36 images the generator made from fixed noise.</source>
        <translation>Une grille de 36 images produites par le générateur à partir d&apos;un bruit fixe.</translation>
    </message>
    <message>
        <source>A grid of 36 real training images.</source>
        <translation>Une grille de 36 vraies images d&apos;entraînement.</translation>
    </message>
    <message>
        <source>Fakes at earlier steps</source>
        <translation>Faux aux pas précédents</translation>
    </message>
    <message>
        <source>The first four fakes at step 0 and at recent steps, left to right, each step captioned.</source>
        <translation>Les quatre premiers faux au pas 0 et à des pas récents, de gauche à droite, chaque pas légendé.</translation>
    </message>
    <message>
        <source>Fakes from fixed noise (step {step})</source>
        <translation>Faux issus d&apos;un bruit fixe (pas {step})</translation>
    </message>
    <message>
        <source>step {step}</source>
        <translation>pas {step}</translation>
    </message>
    <message>
        <source>The same noise through the updated G</source>
        <translation>Le même bruit à travers le G mis à jour</translation>
    </message>
    <message>
        <source>This batch&apos;s fakes</source>
        <translation>Les faux de ce lot</translation>
    </message>
    <message>
        <source>Noise z: one row per fake (orange &lt; 0 &lt; blue)</source>
        <translation>Bruit z&#xa0;: une ligne par faux (orange &lt; 0 &lt; bleu)</translation>
    </message>
    <message>
        <source>Gradient: blue = brighten, orange = darken</source>
        <translation>Gradient&#xa0;: bleu = éclaircir, orange = assombrir</translation>
    </message>
    <message>
        <source>This batch&apos;s real images</source>
        <translation>Les images réelles de ce lot</translation>
    </message>
    <message>
        <source>Real and fake points</source>
        <translation>Points réels et faux</translation>
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
        <translation>En bleu&#xa0;: les données réelles. En rouge&#xa0;: les faux du générateur (toujours issus du même bruit, pour les voir bouger). Le fond est le verdict du discriminateur en chaque endroit du plan&#xa0;: bleu là où il dit «&#xa0;réel&#xa0;», orange là où il dit «&#xa0;faux&#xa0;», blanc là où il ne sait pas.</translation>
    </message>
    <message>
        <source>A plane of 2-D points: the real data and the generator&apos;s fakes, over a heat map of the discriminator&apos;s verdict, from fake to real.</source>
        <translation>Un plan de points 2D&#xa0;: les données réelles et les faux du générateur, sur une carte de chaleur du verdict du discriminateur, de faux à réel.</translation>
    </message>
    <message>
        <source>D(x): 0 = fake, 1 = real</source>
        <translation>D(x)&#xa0;: 0 = faux, 1 = réel</translation>
    </message>
    <message>
        <source>real data</source>
        <translation>données réelles</translation>
    </message>
    <message>
        <source>fakes G(z)</source>
        <translation>faux G(z)</translation>
    </message>
    <message>
        <source>mode centres</source>
        <translation>centres des modes</translation>
    </message>
    <message>
        <source>where G&apos;s loss pushes fakes</source>
        <translation>où la perte de G pousse les faux</translation>
    </message>
    <message>
        <source>G&apos;s warped noise grid</source>
        <translation>grille de bruit déformée par G</translation>
    </message>
    <message>
        <source>Your drawing</source>
        <translation>Votre dessin</translation>
    </message>
    <message>
        <source>Points you draw on the plane with the mouse (tick &apos;Draw your own points&apos;).</source>
        <translation>Les points que vous dessinez sur le plan avec la souris (cochez «&#xa0;Dessiner vos propres points&#xa0;»).</translation>
    </message>
    <message>
        <source>A preset sets the options above to show a GAN&apos;s typical behaviour, then trains it.</source>
        <translation>Un préréglage règle les options ci-dessus pour montrer un comportement typique d&apos;un GAN, puis l&apos;entraîne.</translation>
    </message>
    <message>
        <source>Model and data</source>
        <translation>Modèle et données</translation>
    </message>
    <message>
        <source>What the generator learns to imitate. Open or drop a folder of PNG/JPEG images to add it here.</source>
        <translation>Ce que le générateur apprend à imiter. Ouvrez ou déposez un dossier d&apos;images PNG/JPEG pour l&apos;ajouter ici.</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Fetch the training files once (10 MB for MNIST, 26 MB for Fashion-MNIST), check their SHA-256 checksums and keep them in your cache folder.</source>
        <translation>Télécharger les fichiers d&apos;entraînement une fois pour toutes (10 Mo pour MNIST, 26 Mo pour Fashion-MNIST), vérifier leurs sommes de contrôle SHA-256 et les conserver dans votre dossier de cache.</translation>
    </message>
    <message>
        <source>How many numbers (weights) each network learns.</source>
        <translation>Combien de valeurs (poids) chaque réseau apprend.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Every setting back to its default for the chosen data set (the data set stays). The model that is training keeps its settings until you press New GAN.</source>
        <translation>Chaque réglage revient à sa valeur par défaut pour le jeu de données choisi (le jeu de données reste). Le modèle en cours d&apos;entraînement garde ses réglages jusqu&apos;à ce que vous appuyiez sur Nouveau GAN.</translation>
    </message>
    <message>
        <source>New GAN</source>
        <translation>Nouveau GAN</translation>
    </message>
    <message>
        <source>Presets: failure on purpose</source>
        <translation>Préréglages&#xa0;: échecs volontaires</translation>
    </message>
    <message>
        <source>Folder: {name}</source>
        <translation>Dossier&#xa0;: {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Watch:&lt;/b&gt; {watch}</source>
        <translation>&lt;b&gt;À observer&#xa0;:&lt;/b&gt; {watch}</translation>
    </message>
    <message>
        <source>Press Train (space) to start the duel.</source>
        <translation>Appuyez sur Entraîner (Espace) pour lancer le duel.</translation>
    </message>
    <message>
        <source>1 D update</source>
        <translation>1 mise à jour de D</translation>
    </message>
    <message>
        <source>{count} D updates</source>
        <translation>{count} mises à jour de D</translation>
    </message>
    <message>
        <source>1 G update</source>
        <translation>1 mise à jour de G</translation>
    </message>
    <message>
        <source>{count} G updates</source>
        <translation>{count} mises à jour de G</translation>
    </message>
    <message>
        <source>step {step}: {d_updates}, {g_updates}</source>
        <translation>pas {step}&#xa0;: {d_updates}, {g_updates}</translation>
    </message>
    <message>
        <source>step {step}: {d_updates}, {g_updates} (by hand, outside the steps: {by_hand_d} D, {by_hand_g} G)</source>
        <translation>pas {step}&#xa0;: {d_updates}, {g_updates} (à la main, hors des pas&#xa0;: {by_hand_d} D, {by_hand_g} G)</translation>
    </message>
    <message>
        <source>Some of these images are real training images; the generator made the others. Click the ones you think are fake, then press Reveal: the class plays the discriminator.</source>
        <translation>Certaines de ces images sont de vraies images d&apos;entraînement&#xa0;; le générateur a produit les autres. Cliquez sur celles que vous pensez fausses, puis appuyez sur Révéler&#xa0;: la classe joue le rôle du discriminateur.</translation>
    </message>
    <message>
        <source>Gradient arrows</source>
        <translation>Flèches de gradient</translation>
    </message>
    <message>
        <source>For 200 of the fakes: the direction the generator&apos;s loss pushes each one, i.e. the way it must move to look more real to D right now.</source>
        <translation>Pour 200 des faux&#xa0;: la direction dans laquelle la perte du générateur pousse chacun, c&apos;est-à-dire le chemin qu&apos;il doit suivre pour paraître plus réel à D en ce moment.</translation>
    </message>
    <message>
        <source>Warped grid</source>
        <translation>Grille déformée</translation>
    </message>
    <message>
        <source>A square grid of noise vectors (the first two noise numbers) sent through G: how the generator stretches and folds its noise onto the data.</source>
        <translation>Une grille carrée de vecteurs de bruit (les deux premières valeurs du bruit) passée à travers G&#xa0;: comment le générateur étire et plie son bruit sur les données.</translation>
    </message>
    <message>
        <source>Draw your own points</source>
        <translation>Dessiner vos propres points</translation>
    </message>
    <message>
        <source>Click and drag on the plane to spray points; then press &apos;Train on my drawing&apos;.</source>
        <translation>Cliquez et faites glisser sur le plan pour vaporiser des points&#xa0;; puis appuyez sur «&#xa0;Entraîner sur mon dessin&#xa0;».</translation>
    </message>
    <message>
        <source>Clear drawing</source>
        <translation>Effacer le dessin</translation>
    </message>
    <message>
        <source>Remove the points you drew.</source>
        <translation>Retirer les points que vous avez dessinés.</translation>
    </message>
    <message>
        <source>Train on my drawing</source>
        <translation>Entraîner sur mon dessin</translation>
    </message>
    <message>
        <source>Start a new GAN that learns to imitate the points you drew, and train it.</source>
        <translation>Créer un nouveau GAN qui apprend à imiter les points que vous avez dessinés, et l&apos;entraîner.</translation>
    </message>
    <message>
        <source>Train D once</source>
        <translation>Entraîner D une fois</translation>
    </message>
    <message>
        <source>One discriminator update and nothing else: watch the heat map sharpen against the current fakes while they stay where they are.</source>
        <translation>Une mise à jour du discriminateur et rien d&apos;autre&#xa0;: regardez la carte de chaleur se préciser face aux faux actuels, qui restent où ils sont.</translation>
    </message>
    <message>
        <source>Train G once</source>
        <translation>Entraîner G une fois</translation>
    </message>
    <message>
        <source>One generator update and nothing else: the fakes move along their arrows, towards where D currently says &apos;real&apos;.</source>
        <translation>Une mise à jour du générateur et rien d&apos;autre&#xa0;: les faux suivent leurs flèches, vers là où D dit actuellement «&#xa0;réel&#xa0;».</translation>
    </message>
    <message>
        <source>Real or fake?</source>
        <translation>Réel ou faux&#xa0;?</translation>
    </message>
    <message>
        <source>What the last single update did.</source>
        <translation>Ce qu&apos;a fait la dernière mise à jour isolée.</translation>
    </message>
    <message>
        <source>D(real), D(fake): the discriminator&apos;s average verdict on real and fake samples. For the Gaussian mixtures: how many modes the fakes cover, and the share of fakes within three standard deviations of a mode centre.</source>
        <translation>D(réel), D(faux)&#xa0;: le verdict moyen du discriminateur sur les échantillons réels et faux. Pour les mélanges de gaussiennes&#xa0;: combien de modes les faux couvrent, et la part des faux à moins de trois écarts-types du centre d&apos;un mode.</translation>
    </message>
    <message>
        <source>What the lab sees going wrong, from the last 1,000 updates. Unstable: the losses jump about (learning rates too high). The discriminator has won: it tells real from fake so surely that G&apos;s loss stops moving. Mode collapse: the generator found a few outputs that fool D and makes only those.</source>
        <translation>Ce que le labo voit mal tourner, sur les 1&#xa0;000 dernières mises à jour. Instable&#xa0;: les pertes sautent (taux d&apos;apprentissage trop élevés). Le discriminateur a gagné&#xa0;: il distingue le réel du faux avec une telle assurance que la perte de G ne bouge plus. Effondrement des modes&#xa0;: le générateur a trouvé quelques sorties qui trompent D et ne produit plus que celles-là.</translation>
    </message>
    <message>
        <source>One player at a time</source>
        <translation>Un joueur à la fois</translation>
    </message>
    <message>
        <source>D trained once: its loss {loss:.3f}, D(real) {real:.2f}, D(fake) {fake:.2f}.</source>
        <translation>D entraîné une fois&#xa0;: sa perte {loss:.3f}, D(réel) {real:.2f}, D(faux) {fake:.2f}.</translation>
    </message>
    <message>
        <source>G trained once: its loss {loss:.3f}.</source>
        <translation>G entraîné une fois&#xa0;: sa perte {loss:.3f}.</translation>
    </message>
    <message>
        <source>{file} was trained on data this lab cannot find: {error}</source>
        <translation>{file} a été entraîné sur des données que ce labo ne trouve pas&#xa0;: {error}</translation>
    </message>
    <message>
        <source>{file} was trained on points drawn by hand, but the file does not hold them.</source>
        <translation>{file} a été entraîné sur des points dessinés à la main, mais le fichier ne les contient pas.</translation>
    </message>
    <message>
        <source>Folder: {name} ({count} images)</source>
        <translation>Dossier&#xa0;: {name} ({count} images)</translation>
    </message>
    <message>
        <source>A quiz for the class: 16 images, some real, some made by the generator. The class picks the fakes; Reveal shows the truth, the score, and what the discriminator said about each one.</source>
        <translation>Un quiz pour la classe&#xa0;: 16 images, certaines réelles, d&apos;autres produites par le générateur. La classe désigne les fausses&#xa0;; Révéler montre la vérité, le score et ce que le discriminateur a dit de chacune.</translation>
    </message>
    <message>
        <source>Real or fake? needs images: choose an image data set (Digits, MNIST, ...) and start a new model with it.</source>
        <translation>«&#xa0;Réel ou faux&#xa0;?&#xa0;» a besoin d&apos;images&#xa0;: choisissez un jeu de données d&apos;images (Chiffres, MNIST, ...) et lancez un nouveau modèle avec.</translation>
    </message>
    <message>
        <source>G {g} + D {d} weights</source>
        <translation>G {g} + D {d} poids</translation>
    </message>
    <message>
        <source>D(real) {real:.2f} · D(fake) {fake:.2f}</source>
        <translation>D(réel) {real:.2f} · D(faux) {fake:.2f}</translation>
    </message>
    <message>
        <source>modes covered: {covered} of {modes} · {near:.0%} of fakes near a mode</source>
        <translation>modes couverts&#xa0;: {covered} sur {modes} · {near:.0%} des faux près d&apos;un mode</translation>
    </message>
    <message>
        <source>Train on my drawing ({count} points)</source>
        <translation>Entraîner sur mon dessin ({count} points)</translation>
    </message>
    <message>
        <source>Press Slow-motion update to watch one update of the duel in slow motion.</source>
        <translation>Appuyez sur Mise à jour au ralenti pour voir une mise à jour du duel au ralenti.</translation>
    </message>
    <message>
        <source>Slow motion: one update</source>
        <translation>Ralenti&#xa0;: une mise à jour</translation>
    </message>
    <message>
        <source>Replays one real training update in its six sub-steps. Pause training first for the clearest picture.</source>
        <translation>Rejoue une vraie mise à jour d&apos;entraînement en six sous-étapes. Mettez d&apos;abord l&apos;entraînement en pause pour une image plus claire.</translation>
    </message>
    <message>
        <source>Slow-motion update</source>
        <translation>Mise à jour au ralenti</translation>
    </message>
    <message>
        <source>Do one real update (one D step, one G step) and replay it sub-step by sub-step on the picture.</source>
        <translation>Faire une vraie mise à jour (un pas de D, un pas de G) et la rejouer sous-étape par sous-étape sur l&apos;image.</translation>
    </message>
    <message>
        <source>Next sub-step ▶</source>
        <translation>Sous-étape suivante ▶</translation>
    </message>
    <message>
        <source>Go on to the next sub-step.</source>
        <translation>Passer à la sous-étape suivante.</translation>
    </message>
    <message>
        <source>Back to live</source>
        <translation>Revenir au direct</translation>
    </message>
    <message>
        <source>Leave the slow motion and show the live training again.</source>
        <translation>Quitter le ralenti et montrer à nouveau l&apos;entraînement en direct.</translation>
    </message>
    <message>
        <source>Auto-play every</source>
        <translation>Lecture auto toutes les</translation>
    </message>
    <message>
        <source>Move on by itself after the pause on the right; untick to go on with Next.</source>
        <translation>Avancer tout seul après la pause indiquée à droite&#xa0;; décochez pour continuer avec Sous-étape suivante.</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>How long each sub-step stays on screen in auto-play.</source>
        <translation>Combien de temps chaque sous-étape reste à l&apos;écran en lecture automatique.</translation>
    </message>
</context>
<context>
    <name>lab</name>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Every family on the same data at once, side by side: their samples, how each makes one, a results table measured live, and Is it a copy?</source>
        <translation>Toutes les familles sur les mêmes données à la fois, côte à côte&#xa0;: leurs échantillons, comment chacune en produit un, un tableau de résultats mesuré en direct, et Est-ce une copie&#xa0;?</translation>
    </message>
    <message>
        <source>Diffusion</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <source>Diffusion: a network learns to remove noise a little at a time, then makes new data by denoising pure noise step by step.</source>
        <translation>Diffusion&#xa0;: un réseau apprend à retirer le bruit petit à petit, puis crée de nouvelles données en débruitant du bruit pur pas à pas.</translation>
    </message>
    <message>
        <source>GAN</source>
        <translation>GAN</translation>
    </message>
    <message>
        <source>Generative adversarial network: a generator learns to fool a discriminator that learns to tell its fakes from real data.</source>
        <translation>Réseau antagoniste génératif&#xa0;: un générateur apprend à tromper un discriminateur qui apprend à distinguer ses faux des données réelles.</translation>
    </message>
    <message>
        <source>The {lab} lab cannot open {file}.</source>
        <translation>Le labo {lab} ne peut pas ouvrir {file}.</translation>
    </message>
    <message>
        <source>The {lab} lab cannot open model files yet.</source>
        <translation>Le labo {lab} ne sait pas encore ouvrir de fichiers de modèle.</translation>
    </message>
    <message>
        <source>This panel has no curves to save yet.</source>
        <translation>Ce panneau n&apos;a pas encore de courbes à enregistrer.</translation>
    </message>
    <message>
        <source>curve</source>
        <translation>courbe</translation>
    </message>
    <message>
        <source>Save picture…</source>
        <translation>Enregistrer l&apos;image…</translation>
    </message>
    <message>
        <source>Save this panel as a PNG image at {scale}x its size on screen, sharp on a slide.</source>
        <translation>Enregistrer ce panneau comme image PNG à {scale}x sa taille à l&apos;écran, nette sur une diapositive.</translation>
    </message>
    <message>
        <source>Save curves as CSV…</source>
        <translation>Enregistrer les courbes en CSV…</translation>
    </message>
    <message>
        <source>Save the points of this panel&apos;s curves as a table (curve, step, value) for a spreadsheet.</source>
        <translation>Enregistrer les points des courbes de ce panneau sous forme de tableau (courbe, pas, valeur) pour un tableur.</translation>
    </message>
    <message>
        <source>Record the timeline…</source>
        <translation>Filmer la chronologie…</translation>
    </message>
    <message>
        <source>Save this panel at every step the lab kept, as an animated GIF (or MP4) for a slide: how the model learnt.</source>
        <translation>Enregistrer ce panneau à chaque pas conservé par le labo, sous forme de GIF animé (ou de MP4) pour une diapositive&#xa0;: comment le modèle a appris.</translation>
    </message>
    <message>
        <source>Record the timeline</source>
        <translation>Filmer la chronologie</translation>
    </message>
    <message>
        <source>Animations (*.gif *.mp4)</source>
        <translation>Animations (*.gif *.mp4)</translation>
    </message>
    <message>
        <source>Save the panel as a picture</source>
        <translation>Enregistrer le panneau comme image</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Save the curves as a table</source>
        <translation>Enregistrer les courbes comme tableau</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>Tableaux CSV (*.csv)</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>Pixels</translation>
    </message>
    <message>
        <source>Autoregressive images: the Text lab&apos;s GPT draws an image one pixel at a time, as if writing a sentence.</source>
        <translation>Images autorégressives&#xa0;: le GPT du labo Texte dessine une image un pixel à la fois, comme s&apos;il écrivait une phrase.</translation>
    </message>
    <message>
        <source>Text (GPT)</source>
        <translation>Texte (GPT)</translation>
    </message>
    <message>
        <source>Autoregressive text: a tiny GPT learns to predict the next token.</source>
        <translation>Texte autorégressif&#xa0;: un tout petit GPT apprend à prédire le token suivant.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>The steps this model kept while it trained: every step at first, then ever further apart. The blue line is the training loss at each; the red line is the quantity named beside it, measured at each kept step.</source>
        <translation>Les pas que ce modèle a conservés pendant son entraînement&#xa0;: chaque pas au début, puis de plus en plus espacés. La ligne bleue est la perte d&apos;entraînement à chacun&#xa0;; la ligne rouge est la grandeur indiquée à côté, mesurée à chaque pas conservé.</translation>
    </message>
    <message>
        <source>Drag back (or press the arrow keys) to see every picture of the lab as it was at that step; training goes on meanwhile. The right end (End key) is now.</source>
        <translation>Revenez en arrière (ou utilisez les flèches du clavier) pour voir chaque image du labo telle qu&apos;elle était à ce pas&#xa0;; l&apos;entraînement continue pendant ce temps. L&apos;extrémité droite (touche Fin) correspond au présent.</translation>
    </message>
    <message>
        <source>One quantity measured at every kept step, drawn as the red line on the timeline: watch for the moment the model gets it. In the Text lab, probe a word to follow its probability.</source>
        <translation>Une grandeur mesurée à chaque pas conservé, tracée en rouge sur la chronologie&#xa0;: guettez le moment où le modèle comprend. Dans le labo Texte, testez un mot pour suivre sa probabilité.</translation>
    </message>
    <message>
        <source>Which step the pictures show.</source>
        <translation>Le pas que montrent les images.</translation>
    </message>
    <message>
        <source>Go live</source>
        <translation>Revenir au direct</translation>
    </message>
    <message>
        <source>Back to the model as it is now (End).</source>
        <translation>Revenir au modèle tel qu&apos;il est maintenant (Fin).</translation>
    </message>
    <message>
        <source>Train from here</source>
        <translation>Entraîner à partir d&apos;ici</translation>
    </message>
    <message>
        <source>Start training again from the step shown: what the model learnt after it is forgotten.</source>
        <translation>Reprendre l&apos;entraînement à partir du pas affiché&#xa0;: ce que le modèle a appris ensuite est oublié.</translation>
    </message>
    <message>
        <source>The pictures show step {step:,} of {live:,}: the past, while training goes on. Press End to go live.</source>
        <translation>Les images montrent le pas {step:,} sur {live:,}&#xa0;: le passé, pendant que l&apos;entraînement continue. Appuyez sur Fin pour revenir au direct.</translation>
    </message>
    <message>
        <source>The pictures show step {step:,} of {live:,}: the past. Press End to go live.</source>
        <translation>Les images montrent le pas {step:,} sur {live:,}&#xa0;: le passé. Appuyez sur Fin pour revenir au direct.</translation>
    </message>
    <message>
        <source>{name}: {value}</source>
        <translation>{name}&#xa0;: {value}</translation>
    </message>
    <message>
        <source>step</source>
        <translation>pas</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>perte d&apos;entraînement</translation>
    </message>
    <message>
        <source>Save the timeline as CSV…</source>
        <translation>Enregistrer la chronologie en CSV…</translation>
    </message>
    <message>
        <source>Save the timeline as a table</source>
        <translation>Enregistrer la chronologie comme tableau</translation>
    </message>
    <message>
        <source>Full speed</source>
        <translation>Pleine vitesse</translation>
    </message>
    <message>
        <source>100 steps/s</source>
        <translation>100 pas/s</translation>
    </message>
    <message>
        <source>30 steps/s</source>
        <translation>30 pas/s</translation>
    </message>
    <message>
        <source>10 steps/s</source>
        <translation>10 pas/s</translation>
    </message>
    <message>
        <source>3 steps/s</source>
        <translation>3 pas/s</translation>
    </message>
    <message>
        <source>1 step/s</source>
        <translation>1 pas/s</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entraîner</translation>
    </message>
    <message>
        <source>Train (Space): repeat training steps until paused. Each step shows the model a small batch of examples, measures its error (the loss) and nudges every weight to make it smaller.</source>
        <translation>Entraîner (Espace)&#xa0;: répéter les pas d&apos;entraînement jusqu&apos;à la pause. Chaque pas montre au modèle un petit lot d&apos;exemples, mesure son erreur (la perte) et ajuste chaque poids pour la réduire.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Un pas</translation>
    </message>
    <message>
        <source>Step (Right arrow): exactly one training step, then pause, so you can see what one update changes.</source>
        <translation>Un pas (Flèche droite)&#xa0;: exactement un pas d&apos;entraînement, puis pause, pour voir ce que change une mise à jour.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Reset (Ctrl+R): throw the trained weights away and start again from random ones, with the current settings and seed.</source>
        <translation>Réinitialiser (Ctrl+R)&#xa0;: jeter les poids entraînés et repartir de poids aléatoires, avec les réglages et la graine actuels.</translation>
    </message>
    <message>
        <source>Slow training down to watch the model change step by step.</source>
        <translation>Ralentir l&apos;entraînement pour voir le modèle changer pas à pas.</translation>
    </message>
    <message>
        <source>Training speed</source>
        <translation>Vitesse d&apos;entraînement</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Vitesse&#xa0;:</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Mettre en pause</translation>
    </message>
    <message>
        <source>VAE</source>
        <translation>VAE</translation>
    </message>
    <message>
        <source>Variational autoencoder: squeeze each example into a few numbers, decode it back, and walk the space of codes.</source>
        <translation>Autoencodeur variationnel&#xa0;: comprimer chaque exemple en quelques valeurs, le décoder, et parcourir l&apos;espace des codes.</translation>
    </message>
    <message>
        <source>The model that is training was built with the earlier settings. A new model starts from random weights with the settings shown here.</source>
        <translation>Le modèle en cours d&apos;entraînement a été construit avec les réglages précédents. Un nouveau modèle part de poids aléatoires avec les réglages affichés ici.</translation>
    </message>
    <message>
        <source>1 change: press {button} to apply</source>
        <translation>1 modification&#xa0;: appuyez sur {button} pour l&apos;appliquer</translation>
    </message>
    <message>
        <source>{count} changes: press {button} to apply</source>
        <translation>{count} modifications&#xa0;: appuyez sur {button} pour les appliquer</translation>
    </message>
    <message>
        <source>New model</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <source>{new} with these settings</source>
        <translation>{new} avec ces réglages</translation>
    </message>
    <message>
        <source>Start again from random weights with the settings above (same as Reset).</source>
        <translation>Repartir de poids aléatoires avec les réglages ci-dessus (comme Réinitialiser).</translation>
    </message>
    <message>
        <source>Back to default settings</source>
        <translation>Rétablir les réglages par défaut</translation>
    </message>
    <message>
        <source>Folder: {name}</source>
        <translation>Dossier&#xa0;: {name}</translation>
    </message>
    <message>
        <source>training</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <source>validation (held out)</source>
        <translation>validation (mis de côté)</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>pas d&apos;entraînement</translation>
    </message>
    <message>
        <source>loss (cross-entropy, nats)</source>
        <translation>perte (entropie croisée, nats)</translation>
    </message>
    <message>
        <source>{curve} (smoothed)</source>
        <translation>{curve} (lissée)</translation>
    </message>
    <message>
        <source>Image {number}</source>
        <translation>Image {number}</translation>
    </message>
    <message>
        <source>Click if you think the model made this image; click again to take it back.</source>
        <translation>Cliquez si vous pensez que le modèle a produit cette image&#xa0;; cliquez à nouveau pour annuler.</translation>
    </message>
    <message>
        <source>FAKE</source>
        <translation>FAUX</translation>
    </message>
    <message>
        <source>REAL</source>
        <translation>RÉEL</translation>
    </message>
    <message>
        <source>fake?</source>
        <translation>faux&#xa0;?</translation>
    </message>
    <message>
        <source>✓ found</source>
        <translation>✓ trouvé</translation>
    </message>
    <message>
        <source>✗ missed</source>
        <translation>✗ manqué</translation>
    </message>
    <message>
        <source>✗ not a fake</source>
        <translation>✗ pas un faux</translation>
    </message>
    <message>
        <source>✓ right</source>
        <translation>✓ juste</translation>
    </message>
    <message>
        <source>D: {real:.2f} real</source>
        <translation>D&#xa0;: {real:.2f} réel</translation>
    </message>
    <message>
        <source>Real or fake?</source>
        <translation>Réel ou faux&#xa0;?</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Révéler</translation>
    </message>
    <message>
        <source>Show which images are fake, how many the class found, and what the model&apos;s own judge said.</source>
        <translation>Montrer quelles images sont fausses, combien la classe en a trouvé et ce qu&apos;a dit le propre juge du modèle.</translation>
    </message>
    <message>
        <source>Show which images are fake and how many the class found.</source>
        <translation>Montrer quelles images sont fausses et combien la classe en a trouvé.</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>Nouvelle manche</translation>
    </message>
    <message>
        <source>Another 16 images, from the model as it is now (or at the step the timeline shows).</source>
        <translation>16 autres images, du modèle tel qu&apos;il est maintenant (ou au pas affiché par la chronologie).</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Back to the lab&apos;s pictures.</source>
        <translation>Revenir aux images du labo.</translation>
    </message>
    <message>
        <source>You found {found} of {fakes} fakes.</source>
        <translation>Vous avez trouvé {found} faux sur {fakes}.</translation>
    </message>
    <message>
        <source>No real image was taken for a fake.</source>
        <translation>Aucune image réelle n&apos;a été prise pour un faux.</translation>
    </message>
    <message>
        <source>1 real image was taken for a fake.</source>
        <translation>1 image réelle a été prise pour un faux.</translation>
    </message>
    <message>
        <source>{count} real images were taken for fakes.</source>
        <translation>{count} images réelles ont été prises pour des faux.</translation>
    </message>
    <message>
        <source>The class judged {right} of {total} images correctly.</source>
        <translation>La classe a bien jugé {right} images sur {total}.</translation>
    </message>
    <message>
        <source>The fakes came from the model at step {step}.</source>
        <translation>Les faux viennent du modèle au pas {step}.</translation>
    </message>
    <message>
        <source>The discriminator (step {step}) judged {right} of {total} correctly: it calls an image real above 0.5.</source>
        <translation>Le discriminateur (pas {step}) en a bien jugé {right} sur {total}&#xa0;: il déclare une image réelle au-dessus de 0,5.</translation>
    </message>
    <message>
        <source>The class beat the discriminator.</source>
        <translation>La classe a battu le discriminateur.</translation>
    </message>
    <message>
        <source>The discriminator beat the class.</source>
        <translation>Le discriminateur a battu la classe.</translation>
    </message>
    <message>
        <source>The class and the discriminator tie.</source>
        <translation>Égalité entre la classe et le discriminateur.</translation>
    </message>
    <message>
        <source>Picked as fake: {count} of {total}. Press Reveal when the class has decided.</source>
        <translation>Désignées comme fausses&#xa0;: {count} sur {total}. Appuyez sur Révéler quand la classe a décidé.</translation>
    </message>
    <message>
        <source>Double-click to enlarge this panel; Esc brings every panel back.</source>
        <translation>Double-cliquez pour agrandir ce panneau&#xa0;; Échap fait revenir tous les panneaux.</translation>
    </message>
    <message>
        <source>Saving the model and its timeline…</source>
        <translation>Enregistrement du modèle et de sa chronologie…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Drawing each kept step of the timeline…</source>
        <translation>Dessin de chaque pas conservé de la chronologie…</translation>
    </message>
    <message>
        <source>Writing the frames to {file}…</source>
        <translation>Écriture des images dans {file}…</translation>
    </message>
    <message>
        <source>Recording cancelled: nothing was written.</source>
        <translation>Enregistrement annulé&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Saved the recording to {path}.</source>
        <translation>Animation enregistrée dans {path}.</translation>
    </message>
    <message>
        <source>The recording failed.</source>
        <translation>L&apos;enregistrement a échoué.</translation>
    </message>
</context>
<context>
    <name>lesson</name>
    <message>
        <source>The lesson&apos;s title.</source>
        <translation>Le titre de la leçon.</translation>
    </message>
    <message>
        <source>Which step of the lesson this is. PageDown and PageUp (a presentation clicker&apos;s keys) go to the next and previous step.</source>
        <translation>L&apos;étape de la leçon en cours. Pg suiv et Pg préc (les touches d&apos;une télécommande de présentation) passent à l&apos;étape suivante et précédente.</translation>
    </message>
    <message>
        <source>What the teacher wants the class to look at, or to predict, in this step.</source>
        <translation>Ce que l&apos;enseignant veut que la classe observe, ou prédise, à cette étape.</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédente</translation>
    </message>
    <message>
        <source>The previous step of the lesson (PageUp).</source>
        <translation>L&apos;étape précédente de la leçon (Pg préc).</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivante ▶</translation>
    </message>
    <message>
        <source>The next step of the lesson (PageDown).</source>
        <translation>L&apos;étape suivante de la leçon (Pg suiv).</translation>
    </message>
    <message>
        <source>Close lesson</source>
        <translation>Fermer la leçon</translation>
    </message>
    <message>
        <source>Close the lesson: every control it hid comes back; the labs keep its models.</source>
        <translation>Fermer la leçon&#xa0;: toutes les commandes qu&apos;elle masquait reviennent&#xa0;; les labos gardent ses modèles.</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Étape {number} sur {count}</translation>
    </message>
    <message>
        <source>The screen is blank: press any key to bring the lesson back.</source>
        <translation>L&apos;écran est masqué&#xa0;: appuyez sur n&apos;importe quelle touche pour revenir à la leçon.</translation>
    </message>
    <message>
        <source>Blank screen</source>
        <translation>Écran noir</translation>
    </message>
    <message>
        <source>The settings column</source>
        <translation>La colonne des réglages</translation>
    </message>
    <message>
        <source>The Train, Step and Reset bar</source>
        <translation>La barre Entraîner, Un pas et Réinitialiser</translation>
    </message>
    <message>
        <source>The timeline slider</source>
        <translation>Le curseur de la chronologie</translation>
    </message>
    <message>
        <source>The lab tabs</source>
        <translation>Les onglets des labos</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>Enregistrer la leçon</translation>
    </message>
    <message>
        <source>For example: From noise to digits</source>
        <translation>Par exemple&#xa0;: Du bruit aux chiffres</translation>
    </message>
    <message>
        <source>Hide from the class</source>
        <translation>Masquer à la classe</translation>
    </message>
    <message>
        <source>Ticked controls stay hidden while the lesson is open, in presenter mode too, and come back when it is closed.</source>
        <translation>Les commandes cochées restent masquées tant que la leçon est ouverte, en mode présentateur aussi, et reviennent quand elle est fermée.</translation>
    </message>
    <message>
        <source>The lesson&apos;s title, as the class will see it:</source>
        <translation>Le titre de la leçon, tel que la classe le verra&#xa0;:</translation>
    </message>
    <message>
        <source>Train a model first: a lesson holds the labs&apos; trained models, and none has trained yet.</source>
        <translation>Entraînez d&apos;abord un modèle&#xa0;: une leçon contient les modèles entraînés des labos, et aucun n&apos;a encore été entraîné.</translation>
    </message>
</context>
<context>
    <name>pixels</name>
    <message>
        <source>The image so far</source>
        <translation>L&apos;image jusqu&apos;ici</translation>
    </message>
    <message>
        <source>The model draws the image one pixel at a time, row by row from the top left, each from its guess given every pixel before it. The framed pixel is the one it guesses now; the pale blue check marks pixels not drawn yet.</source>
        <translation>Le modèle dessine l&apos;image un pixel à la fois, ligne par ligne depuis le coin supérieur gauche, chacun d&apos;après sa prédiction connaissant tous les pixels précédents. Le pixel encadré est celui qu&apos;il prédit maintenant&#xa0;; le damier bleu pâle marque les pixels pas encore dessinés.</translation>
    </message>
    <message>
        <source>The image being drawn pixel by pixel: the pixels drawn so far in grey, the ones still to come in a pale blue check, and a frame around the pixel the model guesses next.</source>
        <translation>L&apos;image dessinée pixel par pixel&#xa0;: les pixels déjà dessinés en gris, ceux à venir en damier bleu pâle, et un cadre autour du pixel que le modèle prédit ensuite.</translation>
    </message>
    <message>
        <source>Train the model to see its guess for the next pixel.</source>
        <translation>Entraînez le modèle pour voir sa prédiction du pixel suivant.</translation>
    </message>
    <message>
        <source>The model&apos;s guess for the grey level of the next pixel, given every pixel drawn before it. Each bar stands on a swatch of its grey. Pale bars: the model&apos;s own probabilities; solid bars: after the temperature. Click a bar to force that grey for the next pixel.</source>
        <translation>La prédiction du modèle pour le niveau de gris du pixel suivant, connaissant tous les pixels dessinés avant lui. Chaque barre repose sur une pastille de son gris. Barres pâles&#xa0;: les probabilités propres du modèle&#xa0;; barres pleines&#xa0;: après la température. Cliquez sur une barre pour imposer ce gris au pixel suivant.</translation>
    </message>
    <message>
        <source>Next pixel: the model&apos;s probabilities</source>
        <translation>Pixel suivant&#xa0;: les probabilités du modèle</translation>
    </message>
    <message>
        <source>A bar chart with one bar per grey level, black on the left to the lightest on the right: how probable the model finds each grey for the next pixel, before and after the temperature.</source>
        <translation>Un diagramme en barres avec une barre par niveau de gris, du noir à gauche au plus clair à droite&#xa0;: la probabilité que le modèle donne à chaque gris pour le pixel suivant, avant et après la température.</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>after temperature</source>
        <translation>après température</translation>
    </message>
    <message>
        <source>· grey level under each bar</source>
        <translation>· niveau de gris sous chaque barre</translation>
    </message>
    <message>
        <source>Model and data</source>
        <translation>Modèle et données</translation>
    </message>
    <message>
        <source>The images the model learns to draw, one pixel at a time. Open or drop a folder of images to add it here; colour images are read in grey.</source>
        <translation>Les images que le modèle apprend à dessiner, un pixel à la fois. Ouvrez ou déposez un dossier d&apos;images pour l&apos;ajouter ici&#xa0;; les images en couleur sont lues en niveaux de gris.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>How many numbers (weights) the model learns, and its vocabulary: one token per grey level, and one that starts every image.</source>
        <translation>Combien de valeurs (poids) le modèle apprend, et son vocabulaire&#xa0;: un token par niveau de gris, plus un qui commence chaque image.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Put every setting above back to its default; New model then builds it.</source>
        <translation>Remettre chaque réglage ci-dessus à sa valeur par défaut&#xa0;; Nouveau modèle le construit ensuite.</translation>
    </message>
    <message>
        <source>Samples (seed 0)</source>
        <translation>Échantillons (graine 0)</translation>
    </message>
    <message>
        <source>Images the model draws, pixel by pixel, from the same random numbers every time (seed 0): while it trains, watch the same samples turn from noise into digits.</source>
        <translation>Des images que le modèle dessine, pixel par pixel, à partir des mêmes nombres aléatoires à chaque fois (graine 0)&#xa0;: pendant l&apos;entraînement, regardez les mêmes échantillons passer du bruit à des chiffres.</translation>
    </message>
    <message>
        <source>A grid of images the model draws from the same random numbers every time.</source>
        <translation>Une grille d&apos;images que le modèle dessine à partir des mêmes nombres aléatoires à chaque fois.</translation>
    </message>
    <message>
        <source>training</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <source>guessing every grey equally</source>
        <translation>tous les gris équiprobables</translation>
    </message>
    <message>
        <source>Loss (nats per pixel)</source>
        <translation>Perte (nats par pixel)</translation>
    </message>
    <message>
        <source>nats per pixel</source>
        <translation>nats par pixel</translation>
    </message>
    <message>
        <source>Cross-entropy: how surprised the model is by each true pixel of the training images, given the pixels before it, as the Text lab&apos;s loss is for the next token. The grey line is a model that gives every grey level the same probability: log(levels) nats, 2.83 for 17 levels.</source>
        <translation>Entropie croisée&#xa0;: à quel point le modèle est surpris par chaque vrai pixel des images d&apos;entraînement, connaissant les pixels précédents, comme la perte du labo Texte l&apos;est pour le token suivant. La ligne grise correspond à un modèle qui donne la même probabilité à chaque niveau de gris&#xa0;: log(niveaux) nats, soit 2,83 pour 17 niveaux.</translation>
    </message>
    <message>
        <source>A line chart of the training loss against the training step, beside the flat loss of guessing every grey level equally.</source>
        <translation>Une courbe de la perte d&apos;entraînement en fonction du pas d&apos;entraînement, à côté de la perte constante d&apos;un modèle qui juge tous les niveaux de gris équiprobables.</translation>
    </message>
    <message>
        <source>Some of these images are real training images, in the model&apos;s grey levels; the model drew the others pixel by pixel. Click the ones you think are fake, then press Reveal.</source>
        <translation>Certaines de ces images sont de vraies images d&apos;entraînement, dans les niveaux de gris du modèle&#xa0;; le modèle a dessiné les autres pixel par pixel. Cliquez sur celles que vous pensez fausses, puis appuyez sur Révéler.</translation>
    </message>
    <message>
        <source>Drawing pixel by pixel</source>
        <translation>Dessin pixel par pixel</translation>
    </message>
    <message>
        <source>Divides the model&apos;s scores before they become probabilities: below 1 the favourite gets even more likely; above 1 unlikely grey levels get a chance.</source>
        <translation>Divise les scores du modèle avant qu&apos;ils ne deviennent des probabilités&#xa0;: en dessous de 1, le favori devient encore plus probable&#xa0;; au-dessus de 1, les niveaux de gris improbables ont leur chance.</translation>
    </message>
    <message>
        <source>The seed of the random numbers that pick each pixel&apos;s grey. The same seed, model and temperature draw the same image again; Undo then Step one pixel repeats a draw.</source>
        <translation>La graine des nombres aléatoires qui choisissent le gris de chaque pixel. La même graine, le même modèle et la même température redessinent la même image&#xa0;; Annuler puis Avancer d&apos;un pixel refait un tirage.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How long each drawn pixel stays framed, its bar highlighted, before it is added.</source>
        <translation>Combien de temps chaque pixel tiré reste encadré, sa barre en surbrillance, avant d&apos;être ajouté.</translation>
    </message>
    <message>
        <source>Sampling seed</source>
        <translation>Graine d&apos;échantillonnage</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Cadence</translation>
    </message>
    <message>
        <source>Step one pixel</source>
        <translation>Avancer d&apos;un pixel</translation>
    </message>
    <message>
        <source>Draw the framed pixel&apos;s grey from the solid bars and add it to the image.</source>
        <translation>Tirer le gris du pixel encadré selon les barres pleines et l&apos;ajouter à l&apos;image.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Remove the last pixel drawn.</source>
        <translation>Retirer le dernier pixel dessiné.</translation>
    </message>
    <message>
        <source>Generate the rest</source>
        <translation>Générer la suite</translation>
    </message>
    <message>
        <source>Draw every pixel still missing, one at a time. While it draws, the button reads Stop.</source>
        <translation>Dessiner un à un tous les pixels manquants. Pendant le dessin, le bouton indique Arrêter.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Remove every pixel and start a new image.</source>
        <translation>Retirer tous les pixels et commencer une nouvelle image.</translation>
    </message>
    <message>
        <source>Half a real image</source>
        <translation>Moitié d&apos;une vraie image</translation>
    </message>
    <message>
        <source>Start again from the first half of a real training image, row by row, another one each time: the model draws the rest. Does it finish the picture the way the real one goes on?</source>
        <translation>Recommencer à partir de la première moitié d&apos;une vraie image d&apos;entraînement, ligne par ligne, une autre à chaque fois&#xa0;: le modèle dessine le reste. Termine-t-il l&apos;image comme la vraie se poursuit&#xa0;?</translation>
    </message>
    <message>
        <source>Real or fake?</source>
        <translation>Réel ou faux&#xa0;?</translation>
    </message>
    <message>
        <source>Click a bar to force that grey for the framed pixel.</source>
        <translation>Cliquez sur une barre pour imposer ce gris au pixel encadré.</translation>
    </message>
    <message>
        <source>{weights} weights · {levels} grey levels + 1 start token</source>
        <translation>{weights} poids · {levels} niveaux de gris + 1 token de début</translation>
    </message>
    <message>
        <source>The Pixels lab learns from a folder of images: drop the folder that holds {name}, not the file.</source>
        <translation>Le labo Pixels apprend à partir d&apos;un dossier d&apos;images&#xa0;: déposez le dossier qui contient {name}, pas le fichier.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>The image is complete: press Undo or Clear.</source>
        <translation>L&apos;image est terminée&#xa0;: appuyez sur Annuler ou Effacer.</translation>
    </message>
    <message>
        <source>Waiting for the model&apos;s guess…</source>
        <translation>En attente de la prédiction du modèle…</translation>
    </message>
    <message>
        <source>Pixel {pixel} of {total} (row {row}, column {column}): the model&apos;s guess</source>
        <translation>Pixel {pixel} sur {total} (ligne {row}, colonne {column})&#xa0;: la prédiction du modèle</translation>
    </message>
    <message>
        <source>Pixel {pixel} of {total} (row {row}, column {column}): you chose grey {grey}</source>
        <translation>Pixel {pixel} sur {total} (ligne {row}, colonne {column})&#xa0;: vous avez choisi le gris {grey}</translation>
    </message>
    <message>
        <source>Pixel {pixel} of {total} (row {row}, column {column}): u = {u} drew grey {grey}</source>
        <translation>Pixel {pixel} sur {total} (ligne {row}, colonne {column})&#xa0;: u = {u} a tiré le gris {grey}</translation>
    </message>
    <message>
        <source>A quiz for the class: 16 images, some real, some drawn by the model pixel by pixel at the temperature of the drawing. The class picks the fakes; Reveal shows the truth and the score.</source>
        <translation>Un quiz pour la classe&#xa0;: 16 images, certaines réelles, d&apos;autres dessinées pixel par pixel par le modèle, à la température du dessin. La classe désigne les fausses&#xa0;; Révéler montre la vérité et le score.</translation>
    </message>
    <message>
        <source>Real or fake? needs a model: press Reset to start one.</source>
        <translation>«&#xa0;Réel ou faux&#xa0;?&#xa0;» a besoin d&apos;un modèle&#xa0;: appuyez sur Réinitialiser pour en lancer un.</translation>
    </message>
</context>
<context>
    <name>text</name>
    <message>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>looks at (earlier token)</source>
        <translation>regarde (token antérieur)</translation>
    </message>
    <message>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <source>Each row is a token of the context; its colours show how much of its attention goes to each earlier token (a row adds up to 1). Future tokens are masked: a model may not peek ahead.</source>
        <translation>Chaque ligne est un token du contexte&#xa0;; ses couleurs montrent quelle part de son attention va à chaque token antérieur (une ligne fait 1 au total). Les tokens futurs sont masqués&#xa0;: un modèle n&apos;a pas le droit de regarder en avance.</translation>
    </message>
    <message>
        <source>Attention weights</source>
        <translation>Poids d&apos;attention</translation>
    </message>
    <message>
        <source>A heat map with one row and one column per token of the context: how much each token attends to each earlier token, from 0 to 1.</source>
        <translation>Une carte de chaleur avec une ligne et une colonne par token du contexte&#xa0;: à quel point chaque token porte attention à chaque token antérieur, de 0 à 1.</translation>
    </message>
    <message>
        <source>attention weight</source>
        <translation>poids d&apos;attention</translation>
    </message>
    <message>
        <source>Which transformer block&apos;s attention to show.</source>
        <translation>Le bloc de transformer dont l&apos;attention est affichée.</translation>
    </message>
    <message>
        <source>Each head learns its own pattern of what to look at; the mean shows them together.</source>
        <translation>Chaque tête apprend son propre motif de ce qu&apos;il faut regarder&#xa0;; la moyenne les montre ensemble.</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Tête</translation>
    </message>
    <message>
        <source>{number} of {total}</source>
        <translation>{number} sur {total}</translation>
    </message>
    <message>
        <source>mean of heads</source>
        <translation>moyenne des têtes</translation>
    </message>
    <message>
        <source>Next token: the model&apos;s probabilities</source>
        <translation>Token suivant&#xa0;: les probabilités du modèle</translation>
    </message>
    <message>
        <source>Last draw: press Next token</source>
        <translation>Dernier tirage&#xa0;: appuyez sur Token suivant</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>{filtered}  (model {raw})</source>
        <translation>{filtered}  (modèle {raw})</translation>
    </message>
    <message>
        <source>Last draw: u = {u:.3f} fell in the stretch of &apos;{token}&apos;</source>
        <translation>Dernier tirage&#xa0;: u = {u:.3f} est tombé dans le segment de «&#xa0;{token}&#xa0;»</translation>
    </message>
    <message>
        <source>Greedy: &apos;{token}&apos;, the most probable token (no random number)</source>
        <translation>Glouton&#xa0;: «&#xa0;{token}&#xa0;», le token le plus probable (sans nombre aléatoire)</translation>
    </message>
    <message>
        <source>Clicked: &apos;{token}&apos;, which the filters had removed (no stretch)</source>
        <translation>Cliqué&#xa0;: «&#xa0;{token}&#xa0;», que les filtres avaient retiré (pas de segment)</translation>
    </message>
    <message>
        <source>Clicked: &apos;{token}&apos;, {share} of the strip (no random number)</source>
        <translation>Cliqué&#xa0;: «&#xa0;{token}&#xa0;», {share} de la bande (sans nombre aléatoire)</translation>
    </message>
    <message>
        <source>The model&apos;s guess for the next token. Pale bars: the model&apos;s own probabilities. Solid bars: after temperature, top-k and top-p, renormalised; grey rows were removed by a filter. Click a bar to force that token.</source>
        <translation>La prédiction du modèle pour le token suivant. Barres pâles&#xa0;: les probabilités propres du modèle. Barres pleines&#xa0;: après température, top-k et top-p, renormalisées&#xa0;; les lignes grises ont été retirées par un filtre. Cliquez sur une barre pour imposer ce token.</translation>
    </message>
    <message>
        <source>Next-token probabilities</source>
        <translation>Probabilités du token suivant</translation>
    </message>
    <message>
        <source>Horizontal bars, most probable token first: the model&apos;s probability of each token and the probability after temperature, top-k and top-p.</source>
        <translation>Des barres horizontales, le token le plus probable en premier&#xa0;: la probabilité de chaque token selon le modèle et la probabilité après température, top-k et top-p.</translation>
    </message>
    <message>
        <source>Type a prompt to see what comes next.</source>
        <translation>Saisissez un prompt pour voir ce qui vient ensuite.</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>after temperature / top-k / top-p</source>
        <translation>après température / top-k / top-p</translation>
    </message>
    <message>
        <source>Sampling: the kept tokens are laid end to end, most probable first, so each owns a stretch of [0, 1) as long as its probability. A random number u picks the token whose stretch it falls in.</source>
        <translation>Échantillonnage&#xa0;: les tokens conservés sont placés bout à bout, le plus probable en premier, si bien que chacun occupe un segment de [0, 1) aussi long que sa probabilité. Un nombre aléatoire u choisit le token dans le segment duquel il tombe.</translation>
    </message>
    <message>
        <source>Where the random number fell</source>
        <translation>Où est tombé le nombre aléatoire</translation>
    </message>
    <message>
        <source>A strip from 0 to 1 cut into one stretch per kept token, as long as its probability, with a line at the random number u that picked the next token.</source>
        <translation>Une bande de 0 à 1 découpée en un segment par token conservé, aussi long que sa probabilité, avec une ligne au nombre aléatoire u qui a choisi le token suivant.</translation>
    </message>
    <message>
        <source>Click a bar to force that token as the next one.</source>
        <translation>Cliquez sur une barre pour imposer ce token comme suivant.</translation>
    </message>
    <message>
        <source>(all others)</source>
        <translation>(tous les autres)</translation>
    </message>
    <message>
        <source>Capitals of the world</source>
        <translation>Capitales du monde</translation>
    </message>
    <message>
        <source>Capitals, a small text (over-fits)</source>
        <translation>Capitales, texte court (surapprentissage)</translation>
    </message>
    <message>
        <source>Python code (from this computer)</source>
        <translation>Code Python (de cet ordinateur)</translation>
    </message>
    <message>
        <source>Model and data</source>
        <translation>Modèle et données</translation>
    </message>
    <message>
        <source>The text the model learns from. Open or drop your own .txt file to add it here.</source>
        <translation>Le texte dont le modèle apprend. Ouvrez ou déposez votre propre fichier .txt pour l&apos;ajouter ici.</translation>
    </message>
    <message>
        <source>How many numbers (weights) the model learns.</source>
        <translation>Combien de valeurs (poids) le modèle apprend.</translation>
    </message>
    <message>
        <source>Preset: overfitting</source>
        <translation>Préréglage&#xa0;: surapprentissage</translation>
    </message>
    <message>
        <source>A small text and no dropout or weight decay, then a new model trains at once. Within a minute the held-out (validation) loss stops falling and rises while the training loss keeps falling: the model memorises its sentences instead of learning what makes new ones likely.</source>
        <translation>Un petit texte, sans dropout ni décroissance des poids, puis un nouveau modèle s&apos;entraîne aussitôt. En moins d&apos;une minute, la perte de validation cesse de baisser et remonte pendant que la perte d&apos;entraînement continue de baisser&#xa0;: le modèle mémorise ses phrases au lieu d&apos;apprendre ce qui rend de nouvelles phrases probables.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Put every setting above back to its default; New model then builds it.</source>
        <translation>Remettre chaque réglage ci-dessus à sa valeur par défaut&#xa0;; Nouveau modèle le construit ensuite.</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>Fichier&#xa0;: {name}</translation>
    </message>
    <message>
        <source>The text as the model sees it: one coloured box per token. Blue: your prompt; orange: tokens the model generated; red: a word the model never saw in training (it becomes &lt;unk&gt;).</source>
        <translation>Le texte tel que le modèle le voit&#xa0;: une case colorée par token. Bleu&#xa0;: votre prompt&#xa0;; orange&#xa0;: les tokens générés par le modèle&#xa0;; rouge&#xa0;: un mot que le modèle n&apos;a jamais vu à l&apos;entraînement (il devient &lt;unk&gt;).</translation>
    </message>
    <message>
        <source>Tokens of the text</source>
        <translation>Tokens du texte</translation>
    </message>
    <message>
        <source>Training went wrong: a learning rate that is too high makes each step overshoot, so the loss climbs instead of falling and the model ends up saying one word.</source>
        <translation>L&apos;entraînement a mal tourné&#xa0;: un taux d&apos;apprentissage trop élevé fait dépasser la cible à chaque pas, si bien que la perte monte au lieu de baisser et que le modèle finit par ne dire qu&apos;un seul mot.</translation>
    </message>
    <message>
        <source>The text the model continues. Edit it and watch the probabilities change.</source>
        <translation>Le texte que le modèle prolonge. Modifiez-le et regardez les probabilités changer.</translation>
    </message>
    <message>
        <source>Type a prompt…</source>
        <translation>Saisissez un prompt…</translation>
    </message>
    <message>
        <source>Cross-entropy loss: how surprised the model is by the true next token. Training loss is measured on the batches it learns from; validation loss on text it never trains on. The dot marks the lowest validation loss so far: if it stays behind while training goes on, the model over-fits.</source>
        <translation>Perte d&apos;entropie croisée&#xa0;: à quel point le modèle est surpris par le vrai token suivant. La perte d&apos;entraînement est mesurée sur les lots dont il apprend&#xa0;; la perte de validation sur un texte sur lequel il ne s&apos;entraîne jamais. Le point marque la plus faible perte de validation jusqu&apos;ici&#xa0;: s&apos;il reste en arrière pendant que l&apos;entraînement continue, le modèle fait du surapprentissage.</translation>
    </message>
    <message>
        <source>Training and validation loss</source>
        <translation>Pertes d&apos;entraînement et de validation</translation>
    </message>
    <message>
        <source>Curves of the cross-entropy loss over the training steps, on the training batches and on held-out text, with a dot at the lowest held-out loss.</source>
        <translation>Courbes de la perte d&apos;entropie croisée au fil des pas d&apos;entraînement, sur les lots d&apos;entraînement et sur le texte mis de côté, avec un point à la plus faible perte sur le texte mis de côté.</translation>
    </message>
    <message>
        <source>Sampling the next token</source>
        <translation>Échantillonnage du token suivant</translation>
    </message>
    <message>
        <source>The seed of the random numbers u. The same seed, model and settings draw the same tokens again; Undo then Next token repeats a draw.</source>
        <translation>La graine des nombres aléatoires u. La même graine, le même modèle et les mêmes réglages tirent à nouveau les mêmes tokens&#xa0;; Annuler puis Token suivant refait un tirage.</translation>
    </message>
    <message>
        <source>How many of the most probable tokens get a bar.</source>
        <translation>Combien des tokens les plus probables ont une barre.</translation>
    </message>
    <message>
        <source>How many tokens Generate adds, one at a time.</source>
        <translation>Combien de tokens Générer ajoute, un à la fois.</translation>
    </message>
    <message>
        <source> ms</source>
        <comment>milliseconds</comment>
        <translation> ms</translation>
    </message>
    <message>
        <source>How long each drawn token stays highlighted before it is added to the text.</source>
        <translation>Combien de temps chaque token tiré reste en surbrillance avant d&apos;être ajouté au texte.</translation>
    </message>
    <message>
        <source>Sampling seed</source>
        <translation>Graine d&apos;échantillonnage</translation>
    </message>
    <message>
        <source>Bars shown</source>
        <translation>Barres affichées</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Cadence</translation>
    </message>
    <message>
        <source>Next token</source>
        <translation>Token suivant</translation>
    </message>
    <message>
        <source>Draw one token from the solid bars and add it to the text.</source>
        <translation>Tirer un token selon les barres pleines et l&apos;ajouter au texte.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Remove the last generated token.</source>
        <translation>Retirer le dernier token généré.</translation>
    </message>
    <message>
        <source>Add tokens one at a time, as many as set under Generate. While it generates, the button reads Stop.</source>
        <translation>Ajouter des tokens un à un, autant que le nombre réglé sous Générer. Pendant la génération, le bouton indique Arrêter.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Remove every generated token and keep the prompt.</source>
        <translation>Retirer tous les tokens générés et garder le prompt.</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>{weights} weights · {tokens} tokens in the vocabulary</source>
        <translation>{weights} poids · {tokens} tokens dans le vocabulaire</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>best held-out: step {step}</source>
        <translation>meilleure validation&#xa0;: pas {step}</translation>
    </message>
    <message>
        <source>Probe a word</source>
        <translation>Tester un mot</translation>
    </message>
    <message>
        <source>Type any word and press Enter to see how probable the model finds it as the next token, and where it ranks among all the tokens it knows.</source>
        <translation>Tapez un mot et appuyez sur Entrée pour voir quelle probabilité le modèle lui donne comme token suivant, et son rang parmi tous les tokens qu&apos;il connaît.</translation>
    </message>
    <message>
        <source>&apos;{word}&apos; has a character this model never saw: its vocabulary is {count} characters.</source>
        <translation>«&#xa0;{word}&#xa0;» contient un caractère que ce modèle n&apos;a jamais vu&#xa0;: son vocabulaire compte {count} caractères.</translation>
    </message>
    <message>
        <source>&apos;{word}&apos; is not in this model&apos;s vocabulary of {count} tokens.</source>
        <translation>«&#xa0;{word}&#xa0;» n&apos;est pas dans le vocabulaire de ce modèle, qui compte {count} tokens.</translation>
    </message>
    <message>
        <source>&apos;{word}&apos; is {pieces} tokens for this model. Its first, &apos;{token}&apos;, next: P = {share} · rank {rank} of {count}</source>
        <translation>«&#xa0;{word}&#xa0;» fait {pieces} tokens pour ce modèle. Le premier, «&#xa0;{token}&#xa0;», comme suivant&#xa0;: P = {share} · rang {rank} sur {count}</translation>
    </message>
    <message>
        <source>P(&apos;{token}&apos;) = {share} · rank {rank} of {count}</source>
        <translation>P(«&#xa0;{token}&#xa0;») = {share} · rang {rank} sur {count}</translation>
    </message>
    <message>
        <source>What comes next?</source>
        <translation>Quelle est la suite&#xa0;?</translation>
    </message>
    <message>
        <source>A quiz: the bars hide and four candidates appear, the model&apos;s three favourites and one from further down, shuffled. The class guesses which one the model finds most likely, then Reveal shows the bars. Try it on the untrained model, then on the trained one.</source>
        <translation>Un quiz&#xa0;: les barres se cachent et quatre candidats apparaissent, mélangés&#xa0;: les trois favoris du modèle et un autre pris plus bas. La classe devine lequel le modèle juge le plus probable, puis Révéler montre les barres. Essayez sur le modèle non entraîné, puis sur le modèle entraîné.</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Nouvelle question</translation>
    </message>
    <message>
        <source>Ask about the text as it is now. The sampling seed and the question&apos;s number pick and shuffle the candidates, so the same seed asks the same questions again.</source>
        <translation>Poser une question sur le texte tel qu&apos;il est maintenant. La graine d&apos;échantillonnage et le numéro de la question choisissent et mélangent les candidats&#xa0;: la même graine repose les mêmes questions.</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Révéler</translation>
    </message>
    <message>
        <source>Show the bars, with the class&apos;s guess marked.</source>
        <translation>Montrer les barres, avec la réponse de la classe marquée.</translation>
    </message>
    <message>
        <source>Click the token the class guesses.</source>
        <translation>Cliquez sur le token que la classe propose.</translation>
    </message>
    <message>
        <source>Yes: &apos;{token}&apos; is the model&apos;s favourite, at {share}.</source>
        <translation>Oui&#xa0;: «&#xa0;{token}&#xa0;» est le favori du modèle, à {share}.</translation>
    </message>
    <message>
        <source>&apos;{token}&apos; is the model&apos;s choice number {rank}, at {share}. Its favourite is &apos;{best}&apos;, at {best_share}.</source>
        <translation>«&#xa0;{token}&#xa0;» est le choix numéro {rank} du modèle, à {share}. Son favori est «&#xa0;{best}&#xa0;», à {best_share}.</translation>
    </message>
    <message>
        <source>Score: {right} of {asked} guesses were the model&apos;s favourite</source>
        <translation>Score&#xa0;: {right} réponses sur {asked} étaient le favori du modèle</translation>
    </message>
    <message>
        <source>Which one does the model find most likely next? Click the class&apos;s guess, then Reveal.</source>
        <translation>Lequel le modèle juge-t-il le plus probable ensuite&#xa0;? Cliquez sur la réponse de la classe, puis sur Révéler.</translation>
    </message>
</context>
<context>
    <name>vae</name>
    <message>
        <source>blue</source>
        <translation>bleu</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>orange</translation>
    </message>
    <message>
        <source>green</source>
        <translation>vert</translation>
    </message>
    <message>
        <source>vermillion</source>
        <translation>vermillon</translation>
    </message>
    <message>
        <source>pink</source>
        <translation>rose</translation>
    </message>
    <message>
        <source>sky blue</source>
        <translation>bleu ciel</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>jaune</translation>
    </message>
    <message>
        <source>brown</source>
        <translation>marron</translation>
    </message>
    <message>
        <source>violet</source>
        <translation>violet</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>gris</translation>
    </message>
    <message>
        <source>circle</source>
        <translation>cercle</translation>
    </message>
    <message>
        <source>triangle</source>
        <translation>triangle</translation>
    </message>
    <message>
        <source>square</source>
        <translation>carré</translation>
    </message>
    <message>
        <source>star</source>
        <translation>étoile</translation>
    </message>
    <message>
        <source>plus</source>
        <translation>signe plus</translation>
    </message>
    <message>
        <source>down triangle</source>
        <translation>triangle pointe en bas</translation>
    </message>
    <message>
        <source>diamond</source>
        <translation>losange</translation>
    </message>
    <message>
        <source>cross</source>
        <translation>croix</translation>
    </message>
    <message>
        <source>hourglass</source>
        <translation>sablier</translation>
    </message>
    <message>
        <source>hexagon</source>
        <translation>hexagone</translation>
    </message>
    <message>
        <source>{colour} {marker}</source>
        <translation>{marker} {colour}</translation>
    </message>
    <message>
        <source>{name}: {looks}</source>
        <translation>{name}&#xa0;: {looks}</translation>
    </message>
    <message>
        <source>β weighs the KL term against the reconstruction. β = 1 is the true VAE (the evidence lower bound). Lower β: sharper reconstructions, but codes spread out and leave holes, so samples from the prior get worse (β = 0 is a plain autoencoder). Higher β: codes are pushed towards the prior N(0, I), the map gets smooth and tidy, and images get blurrier. Changes take effect at the next training step.</source>
        <translation>β pondère le terme KL face à la reconstruction. β = 1 donne le vrai VAE (la borne inférieure de l&apos;évidence). β plus faible&#xa0;: reconstructions plus nettes, mais les codes s&apos;étalent et laissent des trous, donc les échantillons tirés de la loi a priori se dégradent (β = 0 donne un autoencodeur simple). β plus élevé&#xa0;: les codes sont poussés vers la loi a priori N(0, I), la carte devient lisse et ordonnée, et les images deviennent plus floues. Les changements prennent effet au pas d&apos;entraînement suivant.</translation>
    </message>
    <message>
        <source>Click two examples on the latent map to walk from one to the other.</source>
        <translation>Cliquez sur deux exemples de la carte latente pour aller de l&apos;un à l&apos;autre.</translation>
    </message>
    <message>
        <source>While it trains</source>
        <translation>Pendant l&apos;entraînement</translation>
    </message>
    <message>
        <source>β, the weight of the KL term</source>
        <translation>β, le poids du terme KL</translation>
    </message>
    <message>
        <source>β (KL weight)</source>
        <translation>β (poids du KL)</translation>
    </message>
    <message>
        <source>Sample from the prior</source>
        <translation>Échantillonner selon l&apos;a priori</translation>
    </message>
    <message>
        <source>Draw random codes z from N(0, I), the distribution the KL term pulls the codes towards, and decode them: new images that are in no data set. Their codes appear on the map as black rings with a cross, larger than the examples&apos; markers.</source>
        <translation>Tirer des codes z aléatoires selon N(0, I), la loi vers laquelle le terme KL tire les codes, et les décoder&#xa0;: de nouvelles images qui ne figurent dans aucun jeu de données. Leurs codes apparaissent sur la carte sous forme d&apos;anneaux noirs avec une croix, plus grands que les marqueurs des exemples.</translation>
    </message>
    <message>
        <source>Walk again</source>
        <translation>Refaire le parcours</translation>
    </message>
    <message>
        <source>Decode evenly spaced codes on the straight line between the two picked examples&apos; codes, one step at a time, with the model as it is now.</source>
        <translation>Décoder des codes régulièrement espacés sur la droite qui relie les codes des deux exemples choisis, un pas à la fois, avec le modèle tel qu&apos;il est maintenant.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How long each step of a walk is shown before the next one is decoded.</source>
        <translation>Combien de temps chaque pas d&apos;un parcours est affiché avant que le suivant soit décodé.</translation>
    </message>
    <message>
        <source>Walk pace</source>
        <translation>Cadence du parcours</translation>
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
        <translation>Chaque point est un exemple d&apos;entraînement, placé à la moyenne de son code q(z | x)&#xa0;: l&apos;encodeur comprime une image entière en ces deux valeurs. Les exemples semblables se retrouvent proches, et la carte se réorganise à mesure que le VAE apprend. Faites glisser la cible rouge pour décoder n&apos;importe quel point&#xa0;; cliquez sur deux points pour aller d&apos;un exemple à l&apos;autre. Avec plus de deux valeurs latentes, la carte montre les deux directions dans lesquelles les codes varient le plus (ACP)&#xa0;; les pourcentages indiquent quelle part de leur dispersion chaque direction contient.</translation>
    </message>
    <message>
        <source>Latent map: each example&apos;s code</source>
        <translation>Carte latente&#xa0;: le code de chaque exemple</translation>
    </message>
    <message>
        <source>Latent map</source>
        <translation>Carte latente</translation>
    </message>
    <message>
        <source>A scatter plot of every training example at its two-number code, with a marker of its class&apos;s colour and shape; a draggable target marks the code decoded in At the marker.</source>
        <translation>Un nuage de points de chaque exemple d&apos;entraînement à son code à deux valeurs, avec un marqueur de la couleur et de la forme de sa classe&#xa0;; une cible déplaçable marque le code décodé dans Au marqueur.</translation>
    </message>
    <message>
        <source>decoded here</source>
        <translation>décodé ici</translation>
    </message>
    <message>
        <source>training examples</source>
        <translation>exemples d&apos;entraînement</translation>
    </message>
    <message>
        <source>{tip}

Colour and marker show the class: {classes}.</source>
        <translation>{tip}

La couleur et le marqueur indiquent la classe&#xa0;: {classes}.</translation>
    </message>
    <message>
        <source>prior samples</source>
        <translation>échantillons de l&apos;a priori</translation>
    </message>
    <message>
        <source>PCA axis {number} of z ({share})</source>
        <translation>axe ACP {number} de z ({share})</translation>
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
        <translation>Reconstructions</translation>
    </message>
    <message>
        <source>Grey: real points. Blue: what the VAE makes of each after squeezing it through the latent space (decoded from the mean code); a line joins each pair.</source>
        <translation>En gris&#xa0;: les points réels. En bleu&#xa0;: ce que le VAE fait de chacun après l&apos;avoir comprimé dans l&apos;espace latent (décodé depuis le code moyen)&#xa0;; un trait relie chaque paire.</translation>
    </message>
    <message>
        <source>real</source>
        <translation>réel</translation>
    </message>
    <message>
        <source>reconstructed</source>
        <translation>reconstruit</translation>
    </message>
    <message>
        <source>Decoded manifold in data space</source>
        <translation>Variété décodée dans l&apos;espace des données</translation>
    </message>
    <message>
        <source>Blue lines: an even grid over the latent map, decoded into the plane; where the lines bunch up the decoder packs many codes into little space. Grey: training points. Red: the decoding of the marker you drag. Orange: a walk between two examples. Green crosshairs: points decoded from codes drawn from the prior.</source>
        <translation>Lignes bleues&#xa0;: une grille régulière sur la carte latente, décodée dans le plan&#xa0;; là où les lignes se resserrent, le décodeur tasse beaucoup de codes dans peu d&apos;espace. En gris&#xa0;: les points d&apos;entraînement. En rouge&#xa0;: le décodage du marqueur que vous faites glisser. En orange&#xa0;: un parcours entre deux exemples. Réticules verts&#xa0;: des points décodés à partir de codes tirés de la loi a priori.</translation>
    </message>
    <message>
        <source>training points</source>
        <translation>points d&apos;entraînement</translation>
    </message>
    <message>
        <source>decoded latent grid</source>
        <translation>grille latente décodée</translation>
    </message>
    <message>
        <source>walk</source>
        <translation>parcours</translation>
    </message>
    <message>
        <source>at the marker</source>
        <translation>au marqueur</translation>
    </message>
    <message>
        <source>Model and data</source>
        <translation>Modèle et données</translation>
    </message>
    <message>
        <source>What the VAE learns to compress. Open or drop a folder of images to add it here.</source>
        <translation>Ce que le VAE apprend à comprimer. Ouvrez ou déposez un dossier d&apos;images pour l&apos;ajouter ici.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>How many numbers (weights) the encoder and decoder learn together.</source>
        <translation>Combien de valeurs (poids) l&apos;encodeur et le décodeur apprennent ensemble.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Put every setting back to the one genviz starts with; β at once, the others when you press New model.</source>
        <translation>Remettre chaque réglage à celui avec lequel genviz démarre&#xa0;; β tout de suite, les autres quand vous appuyez sur Nouveau modèle.</translation>
    </message>
    <message>
        <source>reconstruction</source>
        <translation>reconstruction</translation>
    </message>
    <message>
        <source>KL divergence</source>
        <translation>divergence KL</translation>
    </message>
    <message>
        <source>total = reconstruction + β · KL</source>
        <translation>total = reconstruction + β · KL</translation>
    </message>
    <message>
        <source>At the marker</source>
        <translation>Au marqueur</translation>
    </message>
    <message>
        <source>The decoder&apos;s image for the code under the red target: drag the target and watch it change.</source>
        <translation>L&apos;image produite par le décodeur pour le code sous la cible rouge&#xa0;: faites glisser la cible et regardez-la changer.</translation>
    </message>
    <message>
        <source>Walk between two examples</source>
        <translation>Parcours entre deux exemples</translation>
    </message>
    <message>
        <source>A and B are the real images you clicked; between them, the decodings of evenly spaced codes on the straight line from A&apos;s code to B&apos;s, revealed one step at a time.</source>
        <translation>A et B sont les images réelles sur lesquelles vous avez cliqué&#xa0;; entre elles, les décodages de codes régulièrement espacés sur la droite allant du code de A à celui de B, révélés un pas à la fois.</translation>
    </message>
    <message>
        <source>Top row: real images, always the same ones. Bottom row: what the VAE makes of each after squeezing it into its code and decoding it again (from the mean code, so the picture is steady).</source>
        <translation>Ligne du haut&#xa0;: des images réelles, toujours les mêmes. Ligne du bas&#xa0;: ce que le VAE fait de chacune après l&apos;avoir comprimée dans son code puis décodée (depuis le code moyen, pour que l&apos;image reste stable).</translation>
    </message>
    <message>
        <source>Decoded manifold</source>
        <translation>Variété décodée</translation>
    </message>
    <message>
        <source>Images decoded from an even grid of codes over the dashed area of the latent map, placed where their codes are: the whole space the decoder has learned, at a glance.</source>
        <translation>Des images décodées à partir d&apos;une grille régulière de codes sur la zone en pointillés de la carte latente, placées là où se trouvent leurs codes&#xa0;: tout l&apos;espace que le décodeur a appris, d&apos;un coup d&apos;œil.</translation>
    </message>
    <message>
        <source>Samples from the prior</source>
        <translation>Échantillons de l&apos;a priori</translation>
    </message>
    <message>
        <source>Images decoded from random codes drawn from N(0, I). They are in no data set: press Sample from the prior.</source>
        <translation>Des images décodées à partir de codes aléatoires tirés de N(0, I). Elles ne figurent dans aucun jeu de données&#xa0;: appuyez sur Échantillonner selon l&apos;a priori.</translation>
    </message>
    <message>
        <source>Loss (nats per example)</source>
        <translation>Perte (nats par exemple)</translation>
    </message>
    <message>
        <source>nats per example</source>
        <translation>nats par exemple</translation>
    </message>
    <message>
        <source>Reconstruction: how badly the decoded example matches the real one (−log p(x | z)). KL divergence: how far the codes q(z | x) are from the prior N(0, I), in nats. The VAE minimises their sum with the KL weighted by β: the negative evidence lower bound (ELBO) when β = 1.</source>
        <translation>Reconstruction&#xa0;: à quel point l&apos;exemple décodé diffère du vrai (−log p(x | z)). Divergence KL&#xa0;: l&apos;écart entre les codes q(z | x) et la loi a priori N(0, I), en nats. Le VAE minimise leur somme, le KL pondéré par β&#xa0;: l&apos;opposé de la borne inférieure de l&apos;évidence (ELBO) quand β = 1.</translation>
    </message>
    <message>
        <source>Some of these images are real training images; the VAE&apos;s decoder made the others from random codes drawn from the prior. Click the ones you think are fake, then press Reveal.</source>
        <translation>Certaines de ces images sont de vraies images d&apos;entraînement&#xa0;; le décodeur du VAE a produit les autres à partir de codes aléatoires tirés de l&apos;a priori. Cliquez sur celles que vous pensez fausses, puis appuyez sur Révéler.</translation>
    </message>
    <message>
        <source>Real or fake?</source>
        <translation>Réel ou faux&#xa0;?</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>Curves of the reconstruction loss, the KL divergence and their total over the training steps.</source>
        <translation>Courbes de la perte de reconstruction, de la divergence KL et de leur total au fil des pas d&apos;entraînement.</translation>
    </message>
    <message>
        <source>{count} weights</source>
        <translation>{count} poids</translation>
    </message>
    <message>
        <source>The VAE lab learns from a folder of images: drop the folder that holds {file}, not the file.</source>
        <translation>Le labo VAE apprend à partir d&apos;un dossier d&apos;images&#xa0;: déposez le dossier qui contient {file}, pas le fichier.</translation>
    </message>
    <message>
        <source>A: {example}. Now click a second example.</source>
        <translation>A&#xa0;: {example}. Cliquez maintenant sur un second exemple.</translation>
    </message>
    <message>
        <source>A: {a}
B: {b}
Click two examples on the map to walk between others.</source>
        <translation>A&#xa0;: {a}
B&#xa0;: {b}
Cliquez sur deux autres exemples de la carte pour un nouveau parcours.</translation>
    </message>
    <message>
        <source>example #{index}</source>
        <translation>exemple n° {index}</translation>
    </message>
    <message>
        <source>example #{index} ({label})</source>
        <translation>exemple n° {index} ({label})</translation>
    </message>
    <message>
        <source>decoded</source>
        <translation>décodé</translation>
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
        <translation>Un quiz pour la classe&#xa0;: 16 images, certaines réelles, d&apos;autres décodées à partir de codes aléatoires tirés de l&apos;a priori. La classe désigne les fausses&#xa0;; Révéler montre la vérité et le score.</translation>
    </message>
    <message>
        <source>Real or fake? needs images: choose an image data set (Digits, MNIST, ...) and start a new model with it.</source>
        <translation>«&#xa0;Réel ou faux&#xa0;?&#xa0;» a besoin d&apos;images&#xa0;: choisissez un jeu de données d&apos;images (Chiffres, MNIST, ...) et lancez un nouveau modèle avec.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Hide this message.</source>
        <translation>Masquer ce message.</translation>
    </message>
    <message>
        <source>genviz: watch generative models learn</source>
        <translation>genviz&#xa0;: regardez les modèles génératifs apprendre</translation>
    </message>
    <message>
        <source>Train from here?</source>
        <translation>Entraîner à partir d&apos;ici&#xa0;?</translation>
    </message>
    <message>
        <source>Training from step {step:,} forgets the {later:,} steps the model learnt after it. Train from here?</source>
        <translation>Entraîner à partir du pas {step:,} oublie les {later:,} pas que le modèle a appris ensuite. Entraîner à partir d&apos;ici&#xa0;?</translation>
    </message>
    <message>
        <source>{file} holds a model of the {lab} lab, which this app does not have.</source>
        <translation>{file} contient un modèle du labo {lab}, que cette application n&apos;a pas.</translation>
    </message>
    <message>
        <source>Opened the lesson “{title}”: PageDown for the next step, F5 to present.</source>
        <translation>Leçon «&#xa0;{title}&#xa0;» ouverte&#xa0;: Pg suiv pour l&apos;étape suivante, F5 pour présenter.</translation>
    </message>
    <message>
        <source>Saved the lesson to {path}</source>
        <translation>Leçon enregistrée dans {path}</translation>
    </message>
    <message>
        <source>{file} is a model of the {lab} lab, which this app does not have.</source>
        <translation>{file} est un modèle du labo {lab}, que cette application n&apos;a pas.</translation>
    </message>
    <message>
        <source>starting the model engine…</source>
        <translation>démarrage du moteur des modèles…</translation>
    </message>
    <message>
        <source>How many training steps (weight updates) the model has taken.</source>
        <translation>Combien de pas d&apos;entraînement (mises à jour des poids) le modèle a effectués.</translation>
    </message>
    <message>
        <source>The training loss of the last step: how wrong the model was. Lower is better.</source>
        <translation>La perte d&apos;entraînement du dernier pas&#xa0;: à quel point le modèle s&apos;est trompé. Plus bas, c&apos;est mieux.</translation>
    </message>
    <message>
        <source>Training steps per second on this machine.</source>
        <translation>Pas d&apos;entraînement par seconde sur cette machine.</translation>
    </message>
    <message>
        <source>Where the model runs: a GPU when there is one, else the CPU.</source>
        <translation>Où le modèle s&apos;exécute&#xa0;: sur un GPU s&apos;il y en a un, sinon sur le CPU.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open data file…</source>
        <translation>&amp;Ouvrir un fichier de données…</translation>
    </message>
    <message>
        <source>Open a file for the current lab (a .txt corpus in the Text lab).</source>
        <translation>Ouvrir un fichier pour le labo actuel (un corpus .txt dans le labo Texte).</translation>
    </message>
    <message>
        <source>Open &amp;model…</source>
        <translation>Ouvrir un &amp;modèle…</translation>
    </message>
    <message>
        <source>Open a model saved by any lab (File &gt; Save model or genviz train).</source>
        <translation>Ouvrir un modèle enregistré par n&apos;importe quel labo (Fichier &gt; Enregistrer le modèle ou genviz train).</translation>
    </message>
    <message>
        <source>&amp;Save model…</source>
        <translation>&amp;Enregistrer le modèle…</translation>
    </message>
    <message>
        <source>Open &amp;lesson…</source>
        <translation>Ouvrir une &amp;leçon…</translation>
    </message>
    <message>
        <source>Open a lesson ({suffix}): its labs with their trained models and its script of steps, with nothing to train.</source>
        <translation>Ouvrir une leçon ({suffix})&#xa0;: ses labos avec leurs modèles entraînés et son script d&apos;étapes, sans rien à entraîner.</translation>
    </message>
    <message>
        <source>Save l&amp;esson…</source>
        <translation>En&amp;registrer la leçon…</translation>
    </message>
    <message>
        <source>Save the labs&apos; trained models, what each shows and one step per lab as a lesson to open in class.</source>
        <translation>Enregistrer les modèles entraînés des labos, ce que chacun montre et une étape par labo, sous forme de leçon à ouvrir en classe.</translation>
    </message>
    <message>
        <source>Close lesson</source>
        <translation>Fermer la leçon</translation>
    </message>
    <message>
        <source>Save s&amp;creenshot…</source>
        <translation>Enregistrer une &amp;capture d&apos;écran…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Taille de texte normale</translation>
    </message>
    <message>
        <source>Settings column</source>
        <translation>Colonne des réglages</translation>
    </message>
    <message>
        <source>Hide the settings to give the pictures the room (Ctrl+B).</source>
        <translation>Masquer les réglages pour laisser la place aux images (Ctrl+B).</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>Presenter mode</source>
        <translation>Mode présentateur</translation>
    </message>
    <message>
        <source>For the projector: full screen, larger text, no settings, the lesson&apos;s caption at the top. PageDown/PageUp or Right/Left move through the lesson, B blanks the screen, Esc leaves.</source>
        <translation>Pour le projecteur&#xa0;: plein écran, texte plus grand, pas de réglages, la légende de la leçon en haut. Pg suiv/Pg préc ou Flèche droite/Flèche gauche parcourent la leçon, B masque l&apos;écran, Échap quitte ce mode.</translation>
    </message>
    <message>
        <source>Projector colours</source>
        <translation>Couleurs pour projecteur</translation>
    </message>
    <message>
        <source>A dark background, light text, thick lines and large markers: readable on a washed-out projector.</source>
        <translation>Un fond sombre, du texte clair, des traits épais et de grands marqueurs&#xa0;: lisible sur un projecteur délavé.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>genviz speaks the new language when it opens next.</source>
        <translation>genviz parlera la nouvelle langue à sa prochaine ouverture.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>genviz could not start again: close it and open it yourself to see the new language.</source>
        <translation>genviz n&apos;a pas pu redémarrer&#xa0;: fermez-le et rouvrez-le vous-même pour voir la nouvelle langue.</translation>
    </message>
    <message>
        <source>step —</source>
        <translation>pas —</translation>
    </message>
    <message>
        <source>loss —</source>
        <translation>perte —</translation>
    </message>
    <message>
        <source>— steps/s</source>
        <translation>— pas/s</translation>
    </message>
    <message>
        <source>step {step:,}</source>
        <translation>pas {step:,}</translation>
    </message>
    <message>
        <source>loss {loss:.3f}</source>
        <translation>perte {loss:.3f}</translation>
    </message>
    <message>
        <source>{speed:.0f} steps/s</source>
        <translation>{speed:.0f} pas/s</translation>
    </message>
    <message>
        <source>running on {device}</source>
        <translation>exécution sur {device}</translation>
    </message>
    <message>
        <source>Open a data file</source>
        <translation>Ouvrir un fichier de données</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Esc or a double-click brings every panel back.</source>
        <translation>Échap ou un double-clic fait revenir tous les panneaux.</translation>
    </message>
    <message>
        <source>Open a lesson</source>
        <translation>Ouvrir une leçon</translation>
    </message>
    <message>
        <source>Save the lesson</source>
        <translation>Enregistrer la leçon</translation>
    </message>
    <message>
        <source>Open a trained model</source>
        <translation>Ouvrir un modèle entraîné</translation>
    </message>
    <message>
        <source>Save the trained model</source>
        <translation>Enregistrer le modèle entraîné</translation>
    </message>
    <message>
        <source>Saved the model to {path}</source>
        <translation>Modèle enregistré dans {path}</translation>
    </message>
    <message>
        <source>Save a screenshot</source>
        <translation>Enregistrer une capture d&apos;écran</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>genviz lessons (*{suffix})</source>
        <translation>Leçons genviz (*{suffix})</translation>
    </message>
    <message>
        <source>genviz models (*{suffix})</source>
        <translation>Modèles genviz (*{suffix})</translation>
    </message>
</context>
</TS>
